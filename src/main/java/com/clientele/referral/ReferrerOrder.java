package com.clientele.referral;

/** How topReferrers ranks referrers, each by a stored, indexed property, highest first, ties by id. */
public enum ReferrerOrder {
    INFLUENCE("referral/top-referrers-by-influence"),
    REACH("referral/top-referrers-by-reach"),
    REFERRED_REVENUE("referral/top-referrers-by-referred-revenue"),
    CONVERTED("referral/top-referrers-by-converted");

    private final String statement;

    ReferrerOrder(String statement) {
        this.statement = statement;
    }

    String statement() {
        return statement;
    }
}
