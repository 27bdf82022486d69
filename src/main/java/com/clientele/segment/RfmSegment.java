package com.clientele.segment;

/**
 * The named RFM segments, read from the grid of the recency score (rows, 5 = most recent) and the FM score
 * (columns, round half up of the mean of the frequency and monetary scores). Prospects are NO_PURCHASE.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE_THEM,
    HIBERNATING, LOST, NO_PURCHASE;

    private static final RfmSegment[][] GRID = {
        // FM:   1               2                   3                   4               5
        /* R1 */ {LOST, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        /* R2 */ {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        /* R3 */ {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
        /* R4 */ {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL},
        /* R5 */ {NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},
    };

    /** The segment of scores r, f, m (each 1..5). */
    public static RfmSegment of(int r, int f, int m) {
        int fm = (f + m + 1) / 2;
        return GRID[r - 1][fm - 1];
    }
}
