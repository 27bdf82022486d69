package com.clientele.crosssell;

/**
 * How the co-purchase model is built (docs/crosssell.md). A pair is kept only when at least {@code minBuyers}
 * customers bought both, and each product keeps its {@code neighbours} most similar partners.
 *
 * @param neighbours             partners kept per product (top-N by similarity)
 * @param minBuyers              minimum number of customers who bought both products (minimum support)
 * @param shrinkage              pairs with few common buyers are damped by {@code common / (common + shrinkage)}
 * @param partnerPopularityPower exponent of the partner's buyer count in the similarity denominator; 0.5 = cosine,
 *                               higher values push popular partners down so they do not swamp every list
 * @param heavyBuyerDamping      each customer's contribution is {@code (1 + distinct products)^-damping}, so a
 *                               wholesaler who bought half the catalogue does not link everything to everything
 * @param basketWeight           weight of the same normalisation over orders (bought in the same order) added to
 *                               the one over buyers; 0 by default: products bought in the same order are served by
 *                               the {@link BundleRule} instead, which scores better (docs/benchmarks.md)
 */
public record CoPurchaseSettings(int neighbours, int minBuyers, double shrinkage, double partnerPopularityPower,
        double heavyBuyerDamping, double basketWeight) {

    public CoPurchaseSettings {
        if (neighbours < 1 || minBuyers < 1 || shrinkage < 0 || partnerPopularityPower < 0
                || partnerPopularityPower > 1 || heavyBuyerDamping < 0 || basketWeight < 0) {
            throw new IllegalArgumentException("invalid co-purchase settings");
        }
    }

    /** The settings tuned with the leave-last-basket-out evaluation on UCI Online Retail (docs/benchmarks.md). */
    public static CoPurchaseSettings defaults() {
        return new CoPurchaseSettings(30, 2, 2.0, 0.7, 0.5, 0.0);
    }

    public CoPurchaseSettings withNeighbours(int partners) {
        return new CoPurchaseSettings(partners, minBuyers, shrinkage, partnerPopularityPower, heavyBuyerDamping,
                basketWeight);
    }

    public CoPurchaseSettings withPartnerPopularityPower(double power) {
        return new CoPurchaseSettings(neighbours, minBuyers, shrinkage, power, heavyBuyerDamping, basketWeight);
    }

    public CoPurchaseSettings withHeavyBuyerDamping(double damping) {
        return new CoPurchaseSettings(neighbours, minBuyers, shrinkage, partnerPopularityPower, damping, basketWeight);
    }

    public CoPurchaseSettings withShrinkage(double value) {
        return new CoPurchaseSettings(neighbours, minBuyers, value, partnerPopularityPower, heavyBuyerDamping,
                basketWeight);
    }

    public CoPurchaseSettings withBasketWeight(double weight) {
        return new CoPurchaseSettings(neighbours, minBuyers, shrinkage, partnerPopularityPower, heavyBuyerDamping,
                weight);
    }
}
