package com.clientele.referral;

import java.time.Duration;

/**
 * What one referral refresh did: how many referrers got metrics and how long that took, the grid's cut points
 * and how long computing them took, and the influence (PageRank) refresh with its own phases.
 */
public record ReferralRefreshSummary(int referrers, Duration metricsTime, GridCutPoints cutPoints,
        Duration cutPointsTime, InfluenceRefreshSummary influence) {

    public Duration totalTime() {
        return metricsTime.plus(cutPointsTime).plus(influence.totalTime());
    }

    /** One line for logs and the CLI. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "referral refresh: %,d referrers' metrics in %d ms; grid cut"
                        + " points (own value %s, referral value %s) in %d ms; PageRank over %,d customers and %,d"
                        + " referrals: %d iterations (last L1 change %.3g), read %d ms, compute %d ms, write %d ms;"
                        + " total %d ms", referrers, metricsTime.toMillis(), cutPoints.ownValue(),
                cutPoints.referralValue(), cutPointsTime.toMillis(), influence.customers(), influence.referrals(),
                influence.iterations(), influence.lastChange(), influence.readTime().toMillis(),
                influence.computeTime().toMillis(), influence.writeTime().toMillis(), totalTime().toMillis());
    }
}
