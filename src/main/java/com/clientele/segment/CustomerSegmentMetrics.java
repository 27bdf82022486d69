package com.clientele.segment;

import java.time.LocalDate;

/** A customer's stored purchase metrics as of {@code classifiedAsOf}: GraphQL {@code CustomerSegmentMetrics}. */
public record CustomerSegmentMetrics(
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
        LocalDate classifiedAsOf) {
}
