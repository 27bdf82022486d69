package com.clientele.crosssell;

import com.clientele.graphql.ClientException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cross-sell request as the API or the export receives it, validated: {@code first} in 0..{@link #MAX_FIRST},
 * a non-negative price band with min ≤ max, and {@code repurchaseAfterDays} ≥ 1 when given.
 */
public record CrossSellRequest(int first, CrossSellStrategy strategy, Set<String> excludeCategoryIds,
        Set<String> excludeProductIds, Double minPrice, Double maxPrice, Integer repurchaseAfterDays) {

    public static final int MAX_FIRST = 100;

    public CrossSellRequest {
        if (first < 0 || first > MAX_FIRST) {
            throw ClientException.badInput("first must be between 0 and " + MAX_FIRST + ", got " + first);
        }
        if ((minPrice != null && minPrice < 0) || (maxPrice != null && maxPrice < 0)) {
            throw ClientException.badInput("minPrice and maxPrice must not be negative");
        }
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw ClientException.badInput("minPrice " + minPrice + " is above maxPrice " + maxPrice);
        }
        if (repurchaseAfterDays != null && repurchaseAfterDays < 1) {
            throw ClientException.badInput("repurchaseAfterDays must be at least 1, got " + repurchaseAfterDays);
        }
        excludeCategoryIds = Set.copyOf(excludeCategoryIds);
        excludeProductIds = Set.copyOf(excludeProductIds);
    }

    public static CrossSellRequest top(int first) {
        return new CrossSellRequest(first, CrossSellStrategy.CO_PURCHASE, Set.of(), Set.of(), null, null, null);
    }

    /** From GraphQL arguments: {@code first}, {@code strategy} (enum name) and the {@code filter} input object. */
    public static CrossSellRequest fromArguments(Integer first, String strategy, Map<String, Object> filter) {
        Map<String, Object> f = filter == null ? Map.of() : filter;
        return new CrossSellRequest(first == null ? 10 : first,
                strategy == null ? CrossSellStrategy.CO_PURCHASE : CrossSellStrategy.valueOf(strategy),
                ids(f.get("excludeCategoryIds")), ids(f.get("excludeProductIds")), number(f.get("minPrice")),
                number(f.get("maxPrice")), (Integer) f.get("repurchaseAfterDays"));
    }

    private static Set<String> ids(Object value) {
        return value == null ? Set.of() : Set.copyOf(((List<?>) value).stream().map(String::valueOf).toList());
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
