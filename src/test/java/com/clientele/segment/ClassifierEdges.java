package com.clientele.segment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: pairs of customers one step apart around a threshold, classified by the real {@link Classifier}, so a
 * test can say "at the threshold this class, one step past it that one". Unless varied, a customer is a steady
 * long-standing buyer: 5 orders, last one 5 days ago, first 1,000 days ago, a 10-day mean gap with variation 0.3,
 * no orders in the two trend windows, 2 categories, half the orders online, none discounted.
 */
final class ClassifierEdges {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private final Classifier classifier;

    /** Classifies with the given rules and data-driven thresholds (value tiers at 1,000 and 300). */
    ClassifierEdges(SegmentationConfig config, double churnAfterDays, double loyalMinOrders, double broadMinCategories) {
        this.classifier = new Classifier(config, new Thresholds(1000, 300, List.of(10.0, 30.0, 60.0, 120.0),
                List.of(1.0, 2.0, 4.0, 8.0), List.of(50.0, 150.0, 300.0, 800.0), churnAfterDays, loyalMinOrders,
                broadMinCategories));
    }

    private record Buyer(int orders, int recency, int tenure, Double meanGap, Double cv, int recentOrders,
            int previousOrders, int categories, double online, double discounted) {

        static Buyer steady() {
            return new Buyer(5, 5, 1000, 10.0, 0.3, 0, 0, 2, 0.5, 0);
        }

        CustomerMetrics metrics() {
            return new CustomerMetrics("C", orders, 100.0 * orders, 100, AS_OF.minusDays(tenure),
                    AS_OF.minusDays(recency), recency, tenure, meanGap, cv, recentOrders, previousOrders, 0, 0,
                    categories, categories / 10.0, online, discounted, 0, "a");
        }
    }

    /** A steady buyer with these orders, mean gap and categories, for computing thresholds from. */
    static CustomerMetrics buyer(int orders, Double meanGap, int categories) {
        return new Buyer(orders, 5, 1000, meanGap, 0.3, 0, 0, categories, 0.5, 0).metrics();
    }

    private Classification classify(Buyer buyer) {
        return classifier.classify(buyer.metrics(), 500);
    }

    List<Lifecycle> lifecycleOfTenures(int tenure) {
        return List.of(classify(new Buyer(5, 5, tenure, 10.0, 0.3, 0, 0, 2, 0.5, 0)).lifecycle(),
                classify(new Buyer(5, 5, tenure + 1, 10.0, 0.3, 0, 0, 2, 0.5, 0)).lifecycle());
    }

    List<Lifecycle> lifecycleOfRecencies(int recency, Double meanGap) {
        return List.of(classify(new Buyer(5, recency, 1000, meanGap, 0.3, 0, 0, 2, 0.5, 0)).lifecycle(),
                classify(new Buyer(5, recency + 1, 1000, meanGap, 0.3, 0, 0, 2, 0.5, 0)).lifecycle());
    }

    List<Lifecycle> lifecycleOfRecentOrders(int previousOrders, int recentOrders) {
        return List.of(lifecycleOfWindows(previousOrders, recentOrders),
                lifecycleOfWindows(previousOrders, recentOrders + 1));
    }

    Lifecycle lifecycleOfWindows(int previousOrders, int recentOrders) {
        return classify(new Buyer(10, 5, 1000, 10.0, 0.3, recentOrders, previousOrders, 2, 0.5, 0)).lifecycle();
    }

    /** One-time buyers (one order, no gap) whose only order was {@code days} and {@code days + 1} days ago. */
    List<Classification> oneTimeBuyersOfAges(int days) {
        return List.of(classify(new Buyer(1, days, days, null, null, 0, 0, 2, 0.5, 0)),
                classify(new Buyer(1, days + 1, days + 1, null, null, 0, 0, 2, 0.5, 0)));
    }

    /** A repeat buyer with two purchase days: the first {@code tenure} days ago, the second 5 days ago. */
    Classification twoPurchaseDaysBuyer(int tenure) {
        return classify(new Buyer(2, 5, tenure, tenure - 5.0, null, 0, 0, 2, 0.5, 0));
    }

    List<Behaviour> behaviourOfCvs(int orders, double cv, double otherCv, int tenure) {
        return List.of(classify(new Buyer(orders, 5, tenure, 10.0, cv, 0, 0, 2, 0.5, 0)).behaviour(),
                classify(new Buyer(orders, 5, tenure, 10.0, otherCv, 0, 0, 2, 0.5, 0)).behaviour());
    }

    List<ChannelClass> channelOfShares(double share, double otherShare) {
        return List.of(classify(new Buyer(5, 5, 1000, 10.0, 0.3, 0, 0, 2, share, 0)).channel(),
                classify(new Buyer(5, 5, 1000, 10.0, 0.3, 0, 0, 2, otherShare, 0)).channel());
    }

    List<Boolean> discountSeekingOfShares(double share, double otherShare) {
        return List.of(classify(new Buyer(5, 5, 1000, 10.0, 0.3, 0, 0, 2, 0.5, share)).discountSeeking(),
                classify(new Buyer(5, 5, 1000, 10.0, 0.3, 0, 0, 2, 0.5, otherShare)).discountSeeking());
    }

    List<Breadth> breadthOfCategories(int... counts) {
        return Arrays.stream(counts).mapToObj(count -> classify(new Buyer(5, 5, 1000, 10.0, 0.3, 0, 0, count, 0.5, 0))
                .breadth()).toList();
    }

    List<ValueTier> valueTierOfValues(double... values) {
        return Arrays.stream(values).mapToObj(value -> classifier.classify(Buyer.steady().metrics(), value)
                .valueTier()).toList();
    }
}
