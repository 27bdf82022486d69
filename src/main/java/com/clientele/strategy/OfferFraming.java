package com.clientele.strategy;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.Language;
import java.util.EnumMap;
import java.util.Map;

/**
 * Adds how to present the offer to a next-best action's reason, from the customer's preference flags: a
 * discount seeker sees the offer as a price cut, a new-product seeker sees new arrivals first, and the
 * favourite category (by its display name in each language) is where a recommendation starts. The action itself
 * does not change.
 */
final class OfferFraming {

    private OfferFraming() {
    }

    static NextBestAction frame(NextBestAction action, CustomerClasses customer) {
        Map<Language, String> reasons = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            reasons.put(language, action.reason(language) + hints(customer, language));
        }
        return new NextBestAction(action.action(), action.strategyKey(), action.priority(), reasons);
    }

    private static String hints(CustomerClasses customer, Language language) {
        boolean zh = language == Language.ZH;
        StringBuilder hints = new StringBuilder();
        if (customer.discountSeeking()) {
            hints.append(zh ? "该客户偏好折扣，优惠请以直接降价的形式呈现。"
                    : " They respond to discounts: present the offer as a price reduction.");
        }
        if (customer.newProductSeeking()) {
            hints.append(zh ? "该客户喜欢新品，请优先展示新品。" : " They like new products: lead with new arrivals.");
        }
        DisplayName category = customer.favouriteCategory();
        if (category != null) {
            hints.append(zh ? "推荐从其最常买的品类“" + category.zh() + "”入手。"
                    : " Start from their favourite category, " + category.en() + ".");
        }
        return hints.toString();
    }
}
