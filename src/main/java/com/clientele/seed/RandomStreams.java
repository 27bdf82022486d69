package com.clientele.seed;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams: one per (seed, purpose, index), so a customer's timeline can be
 * drawn again when its orders are streamed, and adding a draw in one place never shifts another.
 */
final class RandomStreams {

    /** What a stream is used for; the ordinal keeps streams of different purposes apart. */
    enum Purpose { CATALOGUE, PLAN, TIMELINE, PROFILE, BASKET, REFERRAL, CHANNEL, SHAPE }

    private RandomStreams() {
    }

    static SplittableRandom of(long seed, Purpose purpose, long index) {
        long mixed = mix(seed ^ mix(purpose.ordinal() * 0x9E3779B97F4A7C15L + index));
        return new SplittableRandom(mixed);
    }

    static SplittableRandom of(long seed, Purpose purpose) {
        return of(seed, purpose, -1L);
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Stafford's variant 13 of the 64-bit finaliser: spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
