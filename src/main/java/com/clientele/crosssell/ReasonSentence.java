package com.clientele.crosssell;

import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.Language;
import java.util.stream.Collectors;

/**
 * Why a product is recommended, as a sentence in English or Chinese that names products, categories, regions and
 * segments by their display names: e.g. "bought with Mug and Teapot" / "常与“马克杯”和“茶壶”一起购买",
 * "popular in your region (Guangdong)" / "在您所在的地区（广东）很受欢迎".
 */
final class ReasonSentence {

    private ReasonSentence() {
    }

    /**
     * The reason of a recommendation; {@code group} is the display name of its group (the category of a category
     * gap, the region or segment of a popularity reason; null for the other kinds).
     */
    static String of(Recommendation recommendation, DisplayName group, Language language) {
        boolean zh = language == Language.ZH;
        return switch (recommendation.reasonKind()) {
            case BOUGHT_WITH -> zh ? "常与" + products(recommendation, language) + "一起购买"
                    : "bought with " + products(recommendation, language);
            case COMPLETES_SET -> zh ? "补齐套装：常与" + quoted(recommendation, 0) + "出现在同一订单中"
                    : "completes the set: often in the same order as "
                            + recommendation.becauseOf().get(0).label(language);
            case POPULAR_IN_SEGMENT -> zh ? "在您所属的客户群（" + group.zh() + "）中很受欢迎"
                    : "popular in your segment (" + group.en() + ")";
            case POPULAR_IN_REGION -> zh ? "在您所在的地区（" + group.zh() + "）很受欢迎"
                    : "popular in your region (" + group.en() + ")";
            case POPULAR -> zh ? "深受所有顾客欢迎" : "popular with all customers";
            case CATEGORY_GAP -> zh ? "来自您尚未购买过的品类：" + group.zh()
                    : "from a category you have not bought from yet: " + group.en();
        };
    }

    private static String products(Recommendation recommendation, Language language) {
        if (language == Language.ZH) {
            return recommendation.becauseOf().stream().map(product -> "“" + product.label(language) + "”")
                    .collect(Collectors.joining("和"));
        }
        return recommendation.becauseOf().stream().map(product -> product.label(language))
                .collect(Collectors.joining(" and "));
    }

    private static String quoted(Recommendation recommendation, int index) {
        return "“" + recommendation.becauseOf().get(index).label(Language.ZH) + "”";
    }
}
