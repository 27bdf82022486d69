package com.clientele.crosssell;

import java.util.Set;

/**
 * What a caller asks for: how many products, the strategy and the filters. {@code excludedCategoryIds} must already
 * hold the subcategories of every excluded category. With {@code repurchaseAfterDays} set, a product last bought at
 * least that many days before {@code today} (an epoch day) may be recommended again (the consumable rule);
 * without it, a product once bought is never recommended.
 */
public record CrossSellQuery(int first, CrossSellStrategy strategy, Set<String> excludedCategoryIds,
        Set<String> excludedProductIds, Double minPrice, Double maxPrice, Integer repurchaseAfterDays, long today) {

    /** The top {@code first} by the default strategy, no filters, no repurchase. */
    public static CrossSellQuery top(int first) {
        return new CrossSellQuery(first, CrossSellStrategy.CO_PURCHASE, Set.of(), Set.of(), null, null, null, 0);
    }

    /** Whether a product passes the filters (ownership is checked separately). */
    public boolean admits(ProductFacts product) {
        if (!product.recommendable() || excludedProductIds.contains(product.id())) {
            return false;
        }
        if (product.categoryId() != null && excludedCategoryIds.contains(product.categoryId())) {
            return false;
        }
        return inPriceBand(product.price());
    }

    /** Whether a product the customer bought on {@code lastDay} may be offered again. */
    public boolean mayRepurchase(long lastDay) {
        return repurchaseAfterDays != null && today - lastDay >= repurchaseAfterDays;
    }

    private boolean inPriceBand(Double price) {
        if (minPrice == null && maxPrice == null) {
            return true;
        }
        if (price == null) {
            return false;
        }
        return (minPrice == null || price >= minPrice) && (maxPrice == null || price <= maxPrice);
    }
}
