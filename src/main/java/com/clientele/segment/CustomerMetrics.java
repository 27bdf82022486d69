package com.clientele.segment;

import java.time.LocalDate;

/**
 * What a customer's purchase history says, as of an analysis date: the inputs of every classification rule.
 * Day counts are whole days; shares are in [0, 1]; a prospect has {@code orders == 0} and nulls for dates.
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

    public boolean isRepeatBuyer() {
        return orderCount >= 2;
    }
}
