package com.clientele.segment;

import java.util.List;

/**
 * A customer's purchase history as read from the graph: one fact per order and one per category bought
 * (merchandise only), from which {@link MetricsCalculator} derives {@link CustomerMetrics}.
 */
public record PurchaseFacts(String customerId, List<OrderFact> orders, List<CategoryFact> categories) {

    /** One order: its day (days since 1970-01-01, UTC), what was paid, where, and whether it was discounted. */
    public record OrderFact(long epochDay, double total, boolean online, boolean discounted) {
    }

    /** Spend and lines in one leaf category; {@code newProductLines} were bought soon after the product's launch. */
    public record CategoryFact(String categoryId, double spend, long lines, long newProductLines) {
    }
}
