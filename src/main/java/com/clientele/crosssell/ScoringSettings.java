package com.clientele.crosssell;

/**
 * How a customer's history is turned into scores (docs/crosssell.md).
 *
 * @param halfLifeDays          a product bought this many days before the customer's latest purchase counts half
 * @param popularityWeight      weight of the popularity prior next to the co-purchase score (both scaled to 0..1)
 * @param coldStartPopularityWeight the same for customers with at most one order
 * @param perCategoryInGapMode  at most this many products of one category in the category-gap strategy
 * @param similarityPower       each link votes with similarity to this power: above 1, a few strong links (a
 *                              bundle) outweigh many weak ones
 * @param bundle                which links are sets whose missing part is offered first
 */
public record ScoringSettings(double halfLifeDays, double popularityWeight, double coldStartPopularityWeight,
        int perCategoryInGapMode, double similarityPower, BundleRule bundle) {

    /** The settings tuned with the leave-last-basket-out evaluation on UCI Online Retail (docs/benchmarks.md). */
    public static ScoringSettings defaults() {
        return new ScoringSettings(120, 0.02, 0.5, 2, 2.0, BundleRule.defaults());
    }

    public ScoringSettings withHalfLifeDays(double days) {
        return new ScoringSettings(days, popularityWeight, coldStartPopularityWeight, perCategoryInGapMode,
                similarityPower, bundle);
    }

    public ScoringSettings withPopularityWeight(double weight) {
        return new ScoringSettings(halfLifeDays, weight, coldStartPopularityWeight, perCategoryInGapMode,
                similarityPower, bundle);
    }

    public ScoringSettings withSimilarityPower(double power) {
        return new ScoringSettings(halfLifeDays, popularityWeight, coldStartPopularityWeight, perCategoryInGapMode,
                power, bundle);
    }

    public ScoringSettings withBundle(BundleRule rule) {
        return new ScoringSettings(halfLifeDays, popularityWeight, coldStartPopularityWeight, perCategoryInGapMode,
                similarityPower, rule);
    }
}
