package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void theNearestRankQuantileIsTheValueAtRankCeilingOfQTimesN() {
        Quantiles q = Quantiles.of(new double[] {50, 10, 40, 20, 30});
        assertEquals(10, q.at(0.2, -1));
        assertEquals(20, q.at(0.4, -1));
        assertEquals(30, q.at(0.5, -1), "ceil(2.5) = 3");
        assertEquals(50, q.at(1.0, -1));
        assertEquals(10, q.at(0.0, -1), "rank is at least 1");
    }

    @Test
    void noValuesGiveTheFallback() {
        assertEquals(7, Quantiles.of(new double[0]).at(0.5, 7));
    }

    @Test
    void aScoreCountsTheCutPointsStrictlyBelowTheValue() {
        var cuts = java.util.List.of(1.0, 2.0, 3.0, 4.0);
        assertEquals(1, Thresholds.score(1.0, cuts));
        assertEquals(2, Thresholds.score(1.5, cuts));
        assertEquals(5, Thresholds.score(9, cuts));
    }
}
