package com.clientele.referral;

/**
 * PageRank used all its iterations without the scores settling (networkx raises
 * {@code PowerIterationFailedConvergence} in the same case). Nothing is published when it is thrown.
 */
public final class PageRankNotConvergedException extends RuntimeException {

    private final int iterations;
    private final double lastChange;

    public PageRankNotConvergedException(int iterations, double lastChange, double threshold) {
        super(String.format(java.util.Locale.ROOT,
                "PageRank did not converge within %d iterations: the last L1 change was %.3g and must fall below %.3g;"
                        + " allow more iterations or a larger tolerance", iterations, lastChange, threshold));
        this.iterations = iterations;
        this.lastChange = lastChange;
    }

    public int iterations() {
        return iterations;
    }

    public double lastChange() {
        return lastChange;
    }
}
