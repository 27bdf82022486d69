package com.clientele.referral;

/**
 * What PageRank found: one score per node (they sum to 1), how many iterations it took and the L1 change of the
 * last iteration, which was below the stop threshold.
 */
public record PageRankResult(double[] scores, int iterations, double lastChange) {
}
