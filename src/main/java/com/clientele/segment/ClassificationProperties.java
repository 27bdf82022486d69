package com.clientele.segment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How metrics and classes are stored on a :Customer node: the property names the segment queries, filters and
 * GraphQL fields read. A property set to null is removed.
 */
public final class ClassificationProperties {

    /** Dimension name → Customer property holding the class. */
    public static final Map<String, String> DIMENSION_PROPERTIES = Map.of(
            "VALUE_TIER", "valueTier",
            "RFM_SEGMENT", "rfmSegment",
            "LIFECYCLE", "lifecycle",
            "BEHAVIOUR", "behaviour",
            "BREADTH", "breadth",
            "CHANNEL", "channelClass");

    private ClassificationProperties() {
    }

    public static Map<String, Object> of(CustomerMetrics m, Classification c, LocalDate asOf, long refreshSeq) {
        Map<String, Object> p = new HashMap<>();
        p.put("orderCount", m.orderCount());
        p.put("monetary", m.monetary());
        p.put("averageOrderValue", m.averageOrderValue());
        p.put("firstOrderDate", m.firstOrderDate());
        p.put("lastOrderDate", m.lastOrderDate());
        p.put("recencyDays", m.recencyDays());
        p.put("tenureDays", m.tenureDays());
        p.put("meanGapDays", m.meanGapDays());
        p.put("gapCv", m.gapCv());
        p.put("recentOrders", m.recentOrders());
        p.put("previousOrders", m.previousOrders());
        p.put("recentSpend", m.recentSpend());
        p.put("previousSpend", m.previousSpend());
        p.put("distinctCategories", m.distinctCategories());
        p.put("breadthScore", m.breadthScore());
        p.put("onlineShare", m.onlineShare());
        p.put("discountShare", m.discountShare());
        p.put("newProductShare", m.newProductShare());
        p.put("favouriteCategoryId", c.favouriteCategoryId());
        p.put("recencyScore", c.recencyScore());
        p.put("frequencyScore", c.frequencyScore());
        p.put("monetaryScore", c.monetaryScore());
        p.put("discountSeeking", c.discountSeeking());
        p.put("newProductSeeking", c.newProductSeeking());
        c.classesByDimension().forEach((dimension, value) -> p.put(DIMENSION_PROPERTIES.get(dimension), value));
        p.put("classifiedAsOf", asOf);
        p.put("classifiedBy", refreshSeq);
        return p;
    }
}
