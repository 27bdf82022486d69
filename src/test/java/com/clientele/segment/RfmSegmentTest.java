package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RfmSegmentTest {

    @Test
    void everyCombinationOfScoresHasASegmentAndEveryNamedSegmentIsReachable() {
        Set<RfmSegment> reached = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    reached.add(RfmSegment.of(r, f, m));
                }
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(RfmSegment.NO_PURCHASE)), reached);
    }

    @Test
    void recentFrequentBigSpendersAreChampionsAndLongGoneSmallOnesAreLost() {
        assertEquals(RfmSegment.CHAMPIONS, RfmSegment.of(5, 5, 4));
        assertEquals(RfmSegment.LOST, RfmSegment.of(1, 1, 1));
        assertEquals(RfmSegment.CANT_LOSE_THEM, RfmSegment.of(1, 5, 5));
        assertEquals(RfmSegment.NEW, RfmSegment.of(5, 1, 1));
    }

    @Test
    void theFmScoreRoundsTheMeanHalfUp() {
        assertEquals(RfmSegment.of(3, 3, 3), RfmSegment.of(3, 2, 3), "(2+3)/2 = 2.5 rounds to 3");
        assertEquals(RfmSegment.NEED_ATTENTION, RfmSegment.of(3, 2, 3));
    }
}
