package com.clientele.strategy;

/** The next-best actions, one per rule of {@link NextBestActionRules}; GraphQL enum {@code NextBestActionCode}. */
public enum ActionCode {
    /** Personal win-back of a high-value customer who is slipping away. */
    WIN_BACK_VIP,
    /** Win-back campaign for a lapsed customer worth bringing back. */
    WIN_BACK_CAMPAIGN,
    /** One cheap reactivation attempt for a lapsed low-value customer. */
    LOW_COST_REACTIVATION,
    /** A relevant offer to re-engage a customer showing the first signs of lapsing. */
    RETENTION_OFFER,
    /** A first-purchase offer to convert a prospect. */
    FIRST_PURCHASE_OFFER,
    /** Onboarding of a new customer towards a second order. */
    ONBOARDING,
    /** A second-purchase incentive and a reason to come back for a one-time buyer past the new-customer window. */
    SECOND_PURCHASE,
    /** Exclusive benefits and personal care for a healthy high-value customer. */
    VIP_CARE,
    /** Reward and encourage referrals of an influential customer. */
    REFERRAL_ASK,
    /** Loyalty programme enrolment and a referral ask. */
    LOYALTY_AND_REFERRAL,
    /** Cross-sell of a complementary category to widen a narrow basket. */
    CROSS_SELL,
    /** Personalised offers that turn a promising start into a habit. */
    NURTURE_GROWTH,
    /** Fix service problems and build stickiness for an irregular buyer. */
    STABILISE,
    /** Keep in touch through the class's usual channel: the fallback when no other rule applies. */
    MAINTAIN
}
