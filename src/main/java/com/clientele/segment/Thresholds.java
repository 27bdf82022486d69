package com.clientele.segment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The cut points of one full refresh, computed from the merchant's own buyers (quantiles, segmentation.yaml) and
 * kept with the refresh so an incremental refresh classifies against the same cut points.
 */
public record Thresholds(
        double valueHigh,
        double valueMid,
        List<Double> recencyCuts,
        List<Double> frequencyCuts,
        List<Double> monetaryCuts,
        double churnAfterDays,
        double loyalMinOrders,
        double broadMinCategories) {

    /** LOYAL needs at least max(this, the loyal frequency quantile) orders. */
    public static final int LOYAL_MIN_ORDERS_FLOOR = 2;

    /** Computes the cut points over every buyer's metrics; {@code value} is the value-tier basis per customer. */
    public static Thresholds compute(Collection<CustomerMetrics> all, Map<String, Double> value,
            SegmentationConfig config) {
        List<CustomerMetrics> buyers = all.stream().filter(customerMetrics -> !customerMetrics.isProspect()).toList();
        Quantiles values = Quantiles.of(buyers.stream().mapToDouble(customerMetrics -> value.getOrDefault(customerMetrics.customerId(),
                customerMetrics.monetary())).toArray());
        Quantiles recency = Quantiles.of(buyers.stream().mapToDouble(CustomerMetrics::recencyDays).toArray());
        Quantiles frequency = Quantiles.of(buyers.stream().mapToDouble(CustomerMetrics::orderCount).toArray());
        Quantiles monetary = Quantiles.of(buyers.stream().mapToDouble(CustomerMetrics::monetary).toArray());
        Quantiles gaps = Quantiles.of(buyers.stream().filter(customerMetrics -> customerMetrics.meanGapDays() != null)
                .mapToDouble(CustomerMetrics::meanGapDays).toArray());
        Quantiles categories = Quantiles.of(buyers.stream().mapToDouble(CustomerMetrics::distinctCategories).toArray());
        SegmentationConfig.LifecycleRule lifecycle = config.lifecycle();
        double churn = gaps.at(lifecycle.churnGapQuantile(), lifecycle.churnMaxDays());
        List<Double> q = config.rfm().quintiles();
        return new Thresholds(
                values.at(config.valueTier().highQuantile(), 0),
                values.at(config.valueTier().midQuantile(), 0),
                q.stream().map(level -> recency.at(level, 0)).toList(),
                q.stream().map(level -> frequency.at(level, 0)).toList(),
                q.stream().map(level -> monetary.at(level, 0)).toList(),
                Math.max(lifecycle.churnMinDays(), Math.min(lifecycle.churnMaxDays(), churn)),
                Math.max(LOYAL_MIN_ORDERS_FLOOR, frequency.at(config.behaviour().loyalFrequencyQuantile(),
                        LOYAL_MIN_ORDERS_FLOOR)),
                Math.max(config.breadth().broadMinCategories(), categories.at(config.breadth().broadQuantile(), 0)));
    }

    /** 1 + the number of cut points the value is strictly above: 1..5. */
    public static int score(double value, List<Double> cuts) {
        int above = 0;
        for (double cut : cuts) {
            if (value > cut) {
                above++;
            }
        }
        return 1 + above;
    }
}
