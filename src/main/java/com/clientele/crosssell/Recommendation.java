package com.clientele.crosssell;

import java.util.List;

/**
 * One recommended product with its score and the reason: for {@link ReasonKind#BOUGHT_WITH} the (up to two) bought
 * products that contributed most, for {@link ReasonKind#COMPLETES_SET} the bought part of the set, for the popularity
 * kinds the group, for a category gap the category.
 */
public record Recommendation(ProductFacts product, double score, ReasonKind reasonKind,
        List<ProductFacts> becauseOf, String group) {

    public String productId() {
        return product.id();
    }

    public String categoryId() {
        return product.categoryId();
    }

    /** The reason as an English sentence, e.g. "bought with Mug and Teapot". */
    public String reason() {
        return switch (reasonKind) {
            case BOUGHT_WITH -> "bought with " + String.join(" and ", becauseOf.stream().map(ProductFacts::label)
                    .toList());
            case COMPLETES_SET -> "completes the set: often in the same order as " + becauseOf.get(0).label();
            case POPULAR_IN_SEGMENT -> "popular in your segment " + group;
            case POPULAR_IN_REGION -> "popular in your region " + group;
            case POPULAR -> "popular with all customers";
            case CATEGORY_GAP -> "fills the category gap " + group;
        };
    }
}
