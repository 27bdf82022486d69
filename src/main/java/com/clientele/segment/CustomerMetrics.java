package com.clientele.segment;

import java.time.LocalDate;

/**
 * What a customer's purchase history says, as of an analysis date: the inputs of every classification rule.
 * Day counts are whole days; shares are in [0, 1]; a prospect has {@code orders == 0} and nulls for dates. A purchase
 * day is a day with at least one order (several orders on one day count once, as the CLV model counts them): gaps are
 * between consecutive purchase days, so {@code meanGapDays} is null exactly when a buyer has one purchase day.
 */
public record CustomerMetrics(
        String customerId,
        int orderCount,
        double monetary,
        double averageOrderValue,
        LocalDate firstOrderDate,
        LocalDate lastOrderDate,
        Integer recencyDays,
        Integer tenureDays,
        Double meanGapDays,
        Double gapCv,
        int recentOrders,
        int previousOrders,
        double recentSpend,
        double previousSpend,
        int distinctCategories,
        double breadthScore,
        double onlineShare,
        double discountShare,
        double newProductShare,
        String favouriteCategoryId) {

    public boolean isProspect() {
        return orderCount == 0;
    }

    /** At least two purchase days: the customer came back after the first. */
    public boolean isRepeatBuyer() {
        return orderCount > 0 && meanGapDays != null;
    }

    /** Exactly one purchase day: bought (once, or several times on one day) and has not come back. */
    public boolean isOneTimeBuyer() {
        return orderCount > 0 && meanGapDays == null;
    }
}
