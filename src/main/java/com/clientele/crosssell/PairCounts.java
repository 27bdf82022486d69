package com.clientele.crosssell;

import java.util.Arrays;

/**
 * Scratch counters for one product's row of the co-occurrence matrix: common buyers, their weighted sum and
 * common orders per partner, with the partners touched so the row can be cleared in time proportional to it.
 */
final class PairCounts {

    final int[] buyers;
    final double[] weightedBuyers;
    final int[] baskets;
    private final int[] touched;
    private int touchedCount;

    PairCounts(int products) {
        this.buyers = new int[products];
        this.weightedBuyers = new double[products];
        this.baskets = new int[products];
        this.touched = new int[products];
    }

    void addBuyer(int partner, double weight) {
        if (buyers[partner] == 0) {
            touched[touchedCount++] = partner;
        }
        buyers[partner]++;
        weightedBuyers[partner] += weight;
    }

    void addBasket(int partner) {
        baskets[partner]++;
    }

    int[] touchedPartners() {
        return Arrays.copyOf(touched, touchedCount);
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int partner = touched[i];
            buyers[partner] = 0;
            weightedBuyers[partner] = 0;
            baskets[partner] = 0;
        }
        touchedCount = 0;
    }
}
