package com.clientele.referral;

/** What the graph stores about one customer's referrals: the metrics and the published influence. */
public record StoredReferralFacts(ReferralStats stats, Influence influence) {
}
