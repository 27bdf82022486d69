package com.clientele.strategy;

/** The kind of incentive a strategy puts in front of its class. */
public enum OfferType {
    /** Member-only benefits: early access, gifts, priority service, exclusive prices. */
    VIP_BENEFITS,
    /** Points or member-card rewards that grow with every purchase. */
    LOYALTY_POINTS,
    /** A discount on the first order, to lower the threshold for a prospect. */
    FIRST_PURCHASE_DISCOUNT,
    /** A welcome pack for a new customer: a small gift or a voucher for the second order. */
    WELCOME_GIFT,
    /** An incentive valid on the second order only, to bring a one-time buyer back. */
    SECOND_PURCHASE_INCENTIVE,
    /** A personalised offer on what the customer already buys, to raise spend. */
    PERSONALISED_OFFER,
    /** A time-limited offer or gift to bring back a lapsing or lapsed customer. */
    WIN_BACK_OFFER,
    /** A bundle or an offer on another category, to widen what the customer buys. */
    CROSS_SELL_BUNDLE,
    /** A reward for bringing a new customer. */
    REFERRAL_REWARD,
    /** An apology and a fix (refund, replacement, voucher) after a bad experience. */
    SERVICE_RECOVERY,
    /** Early access to new arrivals. */
    NEW_ARRIVAL_PREVIEW,
    /** No incentive: information, service or care only. */
    NONE
}
