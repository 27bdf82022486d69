package com.clientele.referral;

/**
 * How PageRank runs, with networkx's defaults: {@code damping} is the chance of following an edge rather than
 * teleporting, the iteration stops once the L1 change of the score vector is below {@code nodeCount * tolerance},
 * and it gives up after {@code maxIterations}.
 */
public record PageRankSettings(double damping, double tolerance, int maxIterations) {

    public static final double DEFAULT_DAMPING = 0.85;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    public PageRankSettings {
        if (!(damping >= 0.0 && damping <= 1.0)) {
            throw new IllegalArgumentException("damping must be between 0 and 1, got " + damping);
        }
        if (!(tolerance > 0.0 && tolerance < 1.0)) {
            throw new IllegalArgumentException("tolerance must be above 0 and below 1, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
    }

    /** damping 0.85, tolerance 1e-6 per node, at most 100 iterations: networkx.pagerank's defaults. */
    public static PageRankSettings defaults() {
        return new PageRankSettings(DEFAULT_DAMPING, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }
}
