package com.clientele.seed;

/**
 * The behaviours the generator plants, each with the exact rule a planted customer satisfies. Dates are
 * measured against the window start S, the window end E and the analysis date A = E + 1 day; "days before A"
 * counts whole calendar days of the order's UTC date. Timeline behaviours exclude each other.
 */
public enum Behaviour {
    BIG_SPENDER(Group.TIMELINE, "at least 12 orders, and total spend (sum of quantity x unit_price x (1 - discount))"
            + " in the top 10 % of all customers with orders."),
    STEADY_REGULAR(Group.TIMELINE, "first order within 60 days of S; every gap between consecutive order dates is"
            + " 20..40 days; last order at most 40 days before A."),
    FADING(Group.TIMELINE, "at least 8 orders before S + 18 months; at most 2 orders on or after S + 18 months;"
            + " last order 60..150 days before A."),
    CHURNED(Group.TIMELINE, "at least 2 orders, all before S + 10 months, so nothing in the last 300 days before A."),
    PROSPECT(Group.TIMELINE, "signed up, no orders at all."),
    NEW(Group.TIMELINE, "signed up at most 45 days before A and placed 1..3 orders, all at most 45 days before A."),
    GROWING(Group.TIMELINE, "first order 180..270 days before A; at least 4 orders; more orders on or after the"
            + " half-way day H = first + floor((A - first) / 2) than before H."),
    UNSTABLE(Group.TIMELINE, "at least 6 orders in bursts: at least 2 gaps of 90 days or more between consecutive"
            + " order dates, and at least 3 gaps of 7 days or less."),
    BROAD_BUYER(Group.BASKET, "bought merchandise from at least 8 distinct leaf categories."),
    SINGLE_CATEGORY(Group.BASKET, "at least 4 orders, and every order line (fees included) is a product of one"
            + " leaf category."),
    DISCOUNT_SEEKER(Group.BASKET, "at least 80 % of orders carry a discount between 0.10 and 0.30 inclusive"
            + " (ordinary customers: fewer than 15 % of orders are discounted at all)."),
    NEW_PRODUCT_SEEKER(Group.BASKET, "at least 60 % of merchandise lines are products ordered 0..60 days after"
            + " their launch_date."),
    ONLINE_ONLY(Group.CHANNEL, "at least 4 orders, every one ONLINE; preferred_channel ONLINE."),
    OFFLINE_ONLY(Group.CHANNEL, "at least 4 orders, every one OFFLINE; preferred_channel OFFLINE."),
    MIXED_CHANNEL(Group.CHANNEL, "at least 4 orders, at least 30 % ONLINE and at least 30 % OFFLINE."),
    SUPER_REFERRER(Group.REFERRAL, "root of a referral cascade 4..6 levels deep with at least 24 customers below"
            + " it; every other referrer refers at most 3 customers and no other cascade is deeper than 2.");

    /** Which kind of behaviour: a customer has at most one of each group. */
    public enum Group { TIMELINE, BASKET, CHANNEL, REFERRAL }

    private final Group group;
    private final String rule;

    Behaviour(Group group, String rule) {
        this.group = group;
        this.rule = rule;
    }

    public Group group() {
        return group;
    }

    public String rule() {
        return rule;
    }

    /** The bit of this behaviour in a customer's behaviour mask. */
    int bit() {
        return 1 << ordinal();
    }
}
