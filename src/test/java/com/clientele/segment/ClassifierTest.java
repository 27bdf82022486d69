package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final SegmentationConfig CONFIG = SegmentationConfig.defaults();
    private static final Thresholds THRESHOLDS = new Thresholds(1000, 300, List.of(10.0, 30.0, 60.0, 120.0),
            List.of(1.0, 2.0, 4.0, 8.0), List.of(50.0, 150.0, 300.0, 800.0), 200, 6, 4);
    private final Classifier classifier = new Classifier(CONFIG, THRESHOLDS);

    private static CustomerMetrics buyer(int orders, double monetary, int recency, int tenure, Double meanGap,
            Double cv, int recentOrders, int previousOrders, int categories, double online) {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        return new CustomerMetrics("C", orders, monetary, monetary / orders, asOf.minusDays(tenure),
                asOf.minusDays(recency), recency, tenure, meanGap, cv, recentOrders, previousOrders, 0, 0,
                categories, categories / 10.0, online, 0, 0, "a");
    }

    @Test
    void aProspectIsInTheNoPurchaseClassOfEveryDimension() {
        Classification c = classifier.classify(new MetricsCalculator(LocalDate.of(2026, 1, 1), 180, 10)
                .calculate(new PurchaseFacts("P", List.of(), List.of())), 0);
        assertEquals(List.of(ValueTier.LOW, RfmSegment.NO_PURCHASE, Lifecycle.PROSPECT, Behaviour.POTENTIAL,
                Breadth.NONE, ChannelClass.NONE),
                List.of(c.valueTier(), c.rfmSegment(), c.lifecycle(), c.behaviour(), c.breadth(), c.channel()));
    }

    @Test
    void aSteadyFrequentBigSpenderIsAHighValueLoyalMatureChampion() {
        Classification c = classifier.classify(buyer(20, 2500, 5, 700, 35.0, 0.3, 5, 5, 5, 1.0), 2500);
        assertEquals(ValueTier.HIGH, c.valueTier());
        assertEquals(RfmSegment.CHAMPIONS, c.rfmSegment());
        assertEquals(Lifecycle.MATURE, c.lifecycle());
        assertEquals(Behaviour.LOYAL, c.behaviour());
        assertEquals(Breadth.BROAD, c.breadth());
        assertEquals(ChannelClass.ONLINE, c.channel());
    }

    @Test
    void noOrderBeyondTheChurnHorizonIsChurnedWhateverElseIsTrue() {
        Classification c = classifier.classify(buyer(20, 2500, 201, 700, 20.0, 0.3, 0, 0, 1, 0.0), 2500);
        assertEquals(Lifecycle.CHURNED, c.lifecycle());
        assertEquals(Behaviour.CHURNED, c.behaviour());
        assertEquals(RfmSegment.CANT_LOSE_THEM, c.rfmSegment());
        assertEquals(ChannelClass.OFFLINE, c.channel());
        assertEquals(Breadth.SINGLE_CATEGORY, c.breadth());
    }

    @Test
    void aCustomerWithASlowOwnRhythmGetsALongerChurnHorizonButNeverBeyondTheMaximum() {
        assertEquals(Lifecycle.MATURE,
                classifier.classify(buyer(5, 500, 250, 700, 100.0, 0.5, 0, 1, 2, 0.5), 500).lifecycle(),
                "past the 200-day merchant horizon, but 3 x its 100-day gap = 300 > 250: neither churned nor overdue");
        assertEquals(Lifecycle.CHURNED,
                classifier.classify(buyer(3, 500, 366, 900, 200.0, 0.5, 0, 0, 2, 0.5), 500).lifecycle(),
                "3 x 200 = 600 but the horizon stops at 365");
    }

    @Test
    void acceleratingYoungRelationshipsAreNotUnstable() {
        assertEquals(Behaviour.REGULAR,
                classifier.classify(buyer(6, 300, 5, 200, 30.0, 1.3, 5, 1, 2, 1), 300).behaviour());
    }

    @Test
    void halvingTheOrderRateAgainstThePreviousWindowIsDeclining() {
        assertEquals(Lifecycle.DECLINING,
                classifier.classify(buyer(10, 500, 20, 500, 30.0, 0.5, 2, 4, 2, 0.5), 500).lifecycle());
        assertEquals(Lifecycle.MATURE,
                classifier.classify(buyer(10, 500, 20, 500, 30.0, 0.5, 3, 4, 2, 0.5), 500).lifecycle());
    }

    @Test
    void beingOverdueByThreeTimesTheOwnMeanGapIsDeclining() {
        assertEquals(Lifecycle.DECLINING,
                classifier.classify(buyer(6, 500, 100, 500, 30.0, 0.2, 1, 1, 2, 0.5), 500).lifecycle());
    }

    @Test
    void aFirstOrderWithinTheNewWindowIsNewAndAYoungRelationshipIsGrowing() {
        assertEquals(Lifecycle.NEW, classifier.classify(buyer(1, 80, 30, 30, null, null, 1, 0, 1, 1), 80).lifecycle());
        assertEquals(Lifecycle.GROWING,
                classifier.classify(buyer(4, 300, 20, 200, 60.0, 0.2, 3, 1, 2, 1), 300).lifecycle());
    }

    @Test
    void aOneTimeBuyerPastTheNewWindowIsOneTimeInLifecycleAndBehaviourWhateverTheOrderCount() {
        Classification once = classifier.classify(buyer(1, 80, 100, 100, null, null, 1, 0, 1, 1), 80);
        Classification tenOrdersOnOneDay = classifier.classify(buyer(10, 800, 100, 100, null, null, 10, 0, 3, 1), 800);
        assertEquals(List.of(Lifecycle.ONE_TIME, Behaviour.ONE_TIME), List.of(once.lifecycle(), once.behaviour()));
        assertEquals(List.of(Lifecycle.ONE_TIME, Behaviour.ONE_TIME),
                List.of(tenOrdersOnOneDay.lifecycle(), tenOrdersOnOneDay.behaviour()),
                "ten orders on one day are one purchase: not loyal, not growing");
        assertEquals(Behaviour.ONE_TIME,
                classifier.classify(buyer(1, 80, 30, 30, null, null, 1, 0, 1, 1), 80).behaviour(),
                "a new one-time buyer has no rhythm either");
    }

    @Test
    void erraticGapsAreUnstableAndMidValueSitsBetweenTheQuantiles() {
        Classification c = classifier.classify(buyer(5, 400, 15, 500, 90.0, 1.4, 2, 2, 3, 0.5), 400);
        assertEquals(Behaviour.UNSTABLE, c.behaviour());
        assertEquals(ValueTier.MID, c.valueTier());
        assertEquals(ChannelClass.MIXED, c.channel());
        assertEquals(Breadth.FOCUSED, c.breadth());
    }

    @Test
    void thePreferenceFlagsFollowTheirShares() {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        CustomerMetrics m = new CustomerMetrics("C", 4, 200, 50, asOf.minusDays(100), asOf.minusDays(5), 5, 100,
                30.0, 0.2, 4, 0, 200, 0, 2, 0.2, 1, 0.75, 0.6, "a");
        Classification c = classifier.classify(m, 200);
        assertTrue(c.discountSeeking());
        assertTrue(c.newProductSeeking());
    }

    @Test
    void thresholdsComeFromTheMerchantsOwnBuyers() {
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        List<CustomerMetrics> all = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(rank -> new CustomerMetrics(
                "C" + rank, rank, rank * 100.0, 100, asOf.minusDays(400), asOf.minusDays(rank * 10), rank * 10, 400,
                40.0 + rank, 0.5, 1, 1, 0, 0, rank, 0.1, 1, 0, 0, "a")).toList();
        Thresholds t = Thresholds.compute(all, java.util.Map.of(), CONFIG);
        assertEquals(800, t.valueHigh(), 1e-9, "0.8 quantile of 100..1000 is the 8th value");
        assertEquals(500, t.valueMid(), 1e-9);
        assertEquals(List.of(20.0, 40.0, 60.0, 80.0), t.recencyCuts());
        assertEquals(90, t.churnAfterDays(), 1e-9, "0.95 quantile of gaps 41..50 is 50, clamped up to 90");
        assertEquals(8, t.loyalMinOrders(), 1e-9);
    }
}
