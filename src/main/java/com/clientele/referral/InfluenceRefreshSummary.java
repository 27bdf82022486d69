package com.clientele.referral;

import java.time.Duration;

/**
 * What one influence refresh did: how many customers (nodes) and distinct referrals (edges) it read, how many
 * PageRank iterations it needed and the L1 change of the last one (below the stop threshold: a refresh that does
 * not converge throws and publishes nothing), how many customers it updated, and how long each phase took.
 */
public record InfluenceRefreshSummary(int customers, int referrals, int iterations, double lastChange,
        long customersUpdated, Duration readTime, Duration computeTime, Duration writeTime) {

    public Duration totalTime() {
        return readTime.plus(computeTime).plus(writeTime);
    }
}
