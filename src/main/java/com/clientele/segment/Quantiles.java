package com.clientele.segment;

import java.util.Arrays;

/** Nearest-rank quantiles: the q-quantile of n sorted values is the value at rank ceil(q × n) (1-based). */
public final class Quantiles {

    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Quantiles of(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Quantiles(copy);
    }

    /** The q-quantile, or {@code fallback} when there are no values. */
    public double at(double q, double fallback) {
        if (sorted.length == 0) {
            return fallback;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1];
    }

    public int size() {
        return sorted.length;
    }
}
