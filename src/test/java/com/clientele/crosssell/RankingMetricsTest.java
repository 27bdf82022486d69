package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluation metrics match hand-computed values. */
class RankingMetricsTest {

    @Test
    void oneHitAtTheSecondPositionOfThreeHeldOutItems() {
        RankingMetrics metrics = new RankingMetrics(2);
        metrics.add(List.of("x", "a", "y"), Set.of("a", "b", "c"));
        assertEquals(1.0 / 3, metrics.recall(), 1e-12);
        assertEquals(1.0 / 2, metrics.precision(), 1e-12);
        assertEquals(1.0, metrics.hitRate(), 1e-12);
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2));
        assertEquals((1 / (Math.log(3) / Math.log(2))) / ideal, metrics.ndcg(), 1e-12);
        assertEquals(2.0 / 4, metrics.coverage(4), 1e-12);
    }

    @Test
    void customersWithNothingHeldOutAreSkippedNotCountedAsMisses() {
        RankingMetrics metrics = new RankingMetrics(10);
        metrics.add(List.of("a"), Set.of());
        metrics.add(List.of("a"), Set.of("a"));
        assertEquals(1, metrics.customers());
        assertEquals(1, metrics.skipped());
        assertEquals(1.0, metrics.recall(), 1e-12);
    }
}
