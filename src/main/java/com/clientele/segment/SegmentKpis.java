package com.clientele.segment;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * The KPIs of a group of customers (a class or a custom segment), as defined in schema/segment.graphqls
 * {@code SegmentKpis}: rates are null when their denominator is 0.
 */
public record SegmentKpis(
        int size,
        double customerShare,
        double revenue,
        double revenueShare,
        Double averageOrderValue,
        Double repurchaseRate,
        Double churnRate,
        Double retentionRate,
        Double averageBreadthScore) {

    /** The KPIs of an aggregated row (size, revenue, orderCount, repeatBuyers, churned, previousBuyers, retained...). */
    public static SegmentKpis of(MapAccessor row, long allCustomers, double allRevenue) {
        int size = row.get("size").asInt();
        double revenue = row.get("revenue").asDouble();
        long orders = row.get("orderCount").asLong();
        long previousBuyers = row.get("previousBuyers").asLong();
        Value breadth = row.get("averageBreadthScore");
        return new SegmentKpis(
                size,
                ratio(size, allCustomers, 0.0),
                revenue,
                ratio(revenue, allRevenue, 0.0),
                ratio(revenue, orders, null),
                ratio(row.get("repeatBuyers").asLong(), size, null),
                ratio(row.get("churned").asLong(), size, null),
                ratio(row.get("retained").asLong(), previousBuyers, null),
                breadth.isNull() ? null : breadth.asDouble());
    }

    /** The KPIs of a class nobody is in. */
    public static SegmentKpis empty() {
        return new SegmentKpis(0, 0, 0, 0, null, null, null, null, null);
    }

    private static Double ratio(double part, double whole, Double whenWholeIsZero) {
        return whole == 0 ? whenWholeIsZero : Double.valueOf(part / whole);
    }
}
