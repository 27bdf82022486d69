package com.clientele.crosssell;

import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.Language;
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

    /** The reason as an English sentence with the group as stored, e.g. "bought with Mug and Teapot". */
    public String reason() {
        return reason(Language.EN, group == null ? null : DisplayName.same(group));
    }

    /** The reason in a language, naming the group by {@code groupName} (null for kinds without a group). */
    public String reason(Language language, DisplayName groupName) {
        return ReasonSentence.of(this, groupName, language);
    }
}
