package com.clientele.segment;

import static com.clientele.segment.StatedRules.NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier changes class exactly at the numbers the schema descriptions state (read back by introspection
 * from a server on non-default rules): at the threshold one class, one step past it the next.
 */
class ClassifierAtStatedThresholdsTest {

    private static StatedRules rules;
    private static ClassifierEdges edges;

    @BeforeAll
    static void startAServerOnOtherRules() {
        rules = StatedRules.start();
        edges = new ClassifierEdges(rules.config, 150, 6, rules.stated("Breadth.BROAD", "max\\(" + NUMBER + ", the"));
    }

    @AfterAll
    static void stop() {
        rules.close();
    }

    @Test
    void lifecycleChangesAtTheStatedNewMatureChurnAndDeclineThresholds() {
        int newDays = (int) rules.stated("Lifecycle.NEW", "at most " + NUMBER + " days");
        int matureDays = (int) rules.stated("Lifecycle.MATURE", "more than " + NUMBER + " days");
        double factor = rules.stated("Lifecycle.CHURNED", "\\(" + NUMBER + " × the customer's own mean gap");
        int churnMax = (int) rules.stated("Lifecycle.CHURNED", "never more than " + NUMBER + " days");
        double ratio = rules.stated("Lifecycle.DECLINING", "at most " + NUMBER + " × those");
        int minPrevious = (int) rules.stated("Lifecycle.DECLINING", "at least " + NUMBER + " orders in the previous");
        assertEquals(List.of(Lifecycle.NEW, Lifecycle.GROWING), edges.lifecycleOfTenures(newDays));
        assertEquals(List.of(Lifecycle.GROWING, Lifecycle.MATURE), edges.lifecycleOfTenures(matureDays));
        assertEquals(List.of(Lifecycle.ONE_TIME, Lifecycle.CHURNED), edges.lifecycleOfRecencies(150, null),
                "the merchant-wide horizon (150 days here) for a customer without a gap (one purchase day)");
        assertEquals(List.of(Lifecycle.MATURE, Lifecycle.CHURNED),
                edges.lifecycleOfRecencies((int) (factor * 80), 80.0), "the personal horizon, longer than 150");
        assertEquals(List.of(Lifecycle.MATURE, Lifecycle.CHURNED), edges.lifecycleOfRecencies(churnMax, 200.0),
                "the personal horizon stops at the stated maximum");
        assertEquals(List.of(Lifecycle.MATURE, Lifecycle.DECLINING),
                edges.lifecycleOfRecencies((int) (factor * 40), 40.0), "overdue within the churn horizon");
        assertEquals(List.of(Lifecycle.DECLINING, Lifecycle.MATURE), edges.lifecycleOfRecentOrders(5, (int) (ratio * 5)));
        assertEquals(Lifecycle.MATURE, edges.lifecycleOfWindows(minPrevious - 1, 0),
                "fewer previous-window orders than stated are no slowdown");
    }

    @Test
    void aOneTimeBuyerIsNewThenOneTimeThenChurnedAtTheStatedDaysAndNeverGrowingOrRegular() {
        int newDays = (int) rules.stated("Lifecycle.ONE_TIME", "more than " + NUMBER + " days");
        List<Classification> atTheNewWindow = edges.oneTimeBuyersOfAges(newDays);
        List<Classification> atTheHorizon = edges.oneTimeBuyersOfAges(150);
        assertEquals(List.of(Lifecycle.NEW, Lifecycle.ONE_TIME, Lifecycle.ONE_TIME, Lifecycle.CHURNED),
                List.of(atTheNewWindow.get(0).lifecycle(), atTheNewWindow.get(1).lifecycle(),
                        atTheHorizon.get(0).lifecycle(), atTheHorizon.get(1).lifecycle()),
                "new up to the stated window, one-time until the merchant-wide horizon (150 days here)");
        assertEquals(List.of(Behaviour.ONE_TIME, Behaviour.ONE_TIME, Behaviour.ONE_TIME, Behaviour.CHURNED),
                List.of(atTheNewWindow.get(0).behaviour(), atTheNewWindow.get(1).behaviour(),
                        atTheHorizon.get(0).behaviour(), atTheHorizon.get(1).behaviour()));
        Classification cameBack = edges.twoPurchaseDaysBuyer(newDays + 1);
        assertEquals(List.of(Lifecycle.GROWING, Behaviour.REGULAR), List.of(cameBack.lifecycle(), cameBack.behaviour()),
                "a second purchase day makes the same customer a growing, regular repeat buyer");
    }

    @Test
    void behaviourChangesAtTheStatedGapVariationAndOrderThresholds() {
        int unstableOrders = (int) rules.stated("Behaviour.UNSTABLE", "at least " + NUMBER + " orders");
        double unstableCv = rules.stated("Behaviour.UNSTABLE", "above " + NUMBER);
        double regularCv = rules.stated("Behaviour.LOYAL", "variation at most " + NUMBER);
        int matureDays = (int) rules.stated("Lifecycle.MATURE", "more than " + NUMBER + " days");
        assertEquals(List.of(Behaviour.REGULAR, Behaviour.UNSTABLE),
                edges.behaviourOfCvs(unstableOrders, unstableCv, unstableCv + 0.01, matureDays + 1));
        assertEquals(List.of(Behaviour.REGULAR, Behaviour.REGULAR),
                edges.behaviourOfCvs(unstableOrders - 1, unstableCv, unstableCv + 0.01, matureDays + 1),
                "too few orders to be unstable (or loyal)");
        assertEquals(List.of(Behaviour.REGULAR, Behaviour.REGULAR),
                edges.behaviourOfCvs(unstableOrders, unstableCv + 0.01, unstableCv + 0.5, matureDays),
                "a GROWING customer is never unstable");
        assertEquals(List.of(Behaviour.LOYAL, Behaviour.REGULAR),
                edges.behaviourOfCvs(6, regularCv, regularCv + 0.01, matureDays + 1));
    }

    @Test
    void channelBreadthPreferenceAndValueChangeAtTheirStatedThresholds() {
        double online = rules.stated("ChannelClass.ONLINE", "at least " + NUMBER + " %") / 100;
        double offline = rules.stated("ChannelClass.OFFLINE", "at most " + NUMBER + " %") / 100;
        double discount = rules.stated("CustomerClassification.discountSeeking", "at least " + NUMBER);
        int broad = (int) rules.stated("Breadth.BROAD", "max\\(" + NUMBER + ", the");
        assertEquals(List.of(ChannelClass.ONLINE, ChannelClass.MIXED), edges.channelOfShares(online, online - 0.001));
        assertEquals(List.of(ChannelClass.OFFLINE, ChannelClass.MIXED),
                edges.channelOfShares(offline, offline + 0.001));
        assertEquals(List.of(true, false), edges.discountSeekingOfShares(discount, discount - 0.001));
        assertEquals(List.of(Breadth.NONE, Breadth.SINGLE_CATEGORY, Breadth.FOCUSED, Breadth.BROAD),
                edges.breadthOfCategories(0, 1, broad - 1, broad));
        assertEquals(List.of(ValueTier.HIGH, ValueTier.MID, ValueTier.MID, ValueTier.LOW),
                edges.valueTierOfValues(1000, 999.99, 300, 299.99), "at or above a cut point is the higher tier");
    }

    @Test
    void theComputedThresholdsKeepTheStatedClampsAndFloors() {
        int churnMin = (int) rules.stated("Lifecycle.CHURNED", "clamped to " + NUMBER + "\\.\\.");
        int churnMax = (int) rules.stated("Lifecycle.CHURNED", "never more than " + NUMBER + " days");
        int loyalFloor = (int) rules.stated("Behaviour.LOYAL", "max\\(" + NUMBER + ", the");
        int broadFloor = (int) rules.stated("Breadth.BROAD", "max\\(" + NUMBER + ", the");
        Thresholds quick = Thresholds.compute(List.of(ClassifierEdges.buyer(1, 1.0, 1),
                ClassifierEdges.buyer(1, 2.0, 1)), Map.of(), rules.config);
        Thresholds slow = Thresholds.compute(List.of(ClassifierEdges.buyer(1, 900.0, 1)), Map.of(), rules.config);
        Thresholds noRepeatBuyers = Thresholds.compute(List.of(ClassifierEdges.buyer(1, null, 1)), Map.of(),
                rules.config);
        assertEquals(List.of((double) churnMin, (double) churnMax, (double) churnMax),
                List.of(quick.churnAfterDays(), slow.churnAfterDays(), noRepeatBuyers.churnAfterDays()));
        assertEquals((double) loyalFloor, quick.loyalMinOrders(), "one order each: the stated floor");
        assertEquals((double) broadFloor, quick.broadMinCategories(), "one category each: the stated floor");
    }
}
