package com.clientele.referral;

import java.util.Arrays;

/**
 * Ranks scores highest first with standard competition ranking ("1224"): a customer's rank is one more than the
 * number of customers with a strictly higher score, so customers with equal scores share a rank.
 */
final class InfluenceRanking {

    private InfluenceRanking() {
    }

    static int[] competitionRanks(double[] scores) {
        double[] ascending = scores.clone();
        Arrays.sort(ascending);
        int[] ranks = new int[scores.length];
        for (int node = 0; node < scores.length; node++) {
            ranks[node] = 1 + scores.length - firstAbove(ascending, scores[node]);
        }
        return ranks;
    }

    /** The index of the first value strictly above {@code score} in the ascending array. */
    private static int firstAbove(double[] ascending, double score) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] <= score) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
