package com.clientele.segment;

import java.time.LocalDate;

/** A customer's stored class in each main dimension and its preference flags: GraphQL {@code CustomerClassification}. */
public record CustomerClassification(
        String valueTier,
        String rfmSegment,
        String lifecycle,
        String behaviour,
        String breadth,
        String channel,
        boolean discountSeeking,
        boolean newProductSeeking,
        LocalDate classifiedAsOf,
        int ordersAfterAnalysisDate,
        int classifiedBy) {
}
