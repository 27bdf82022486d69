package com.clientele.strategy;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the next-best-action table: it applies to a customer whose value tier is in {@code valueTiers}
 * (empty: any tier) and who shows any of the {@code anyOf} signals (empty: always). The action then draws on the
 * strategy of the first signal found (of the value tier for a rule without signals), and its reason is the
 * rule's template filled with who the customer is (their value tier, or "prospect" for a customer who has not
 * bought yet) and that signal's words, e.g. "High-value customer who is buying less and less: win them back
 * personally before any upsell."
 */
public record NextBestActionRule(ActionCode action, int priority, Set<String> valueTiers, List<Signal> anyOf,
        String reasonEn, String reasonZh) {

    public NextBestActionRule {
        valueTiers = Set.copyOf(valueTiers);
        anyOf = List.copyOf(anyOf);
        if (!Strategy.isValidPriority(priority)) {
            throw new IllegalArgumentException(action + ": priority " + priority + " is out of range");
        }
    }

    /** The action this rule gives the customer, or empty when the rule does not apply. */
    public Optional<NextBestAction> apply(CustomerClasses customer) {
        if (!valueTiers.isEmpty() && !valueTiers.contains(customer.valueTier())) {
            return Optional.empty();
        }
        if (anyOf.isEmpty()) {
            String key = SegmentDimension.VALUE_TIER.key(customer.valueTier());
            return Optional.of(new NextBestAction(action, key, priority, reasons(customer, null)));
        }
        return anyOf.stream().filter(signal -> signal.holdsFor(customer)).findFirst()
                .map(signal -> new NextBestAction(action, signal.strategyKey(), priority,
                        reasons(customer, signal)));
    }

    private Map<Language, String> reasons(CustomerClasses customer, Signal signal) {
        Map<Language, String> reasons = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String template = language == Language.ZH ? reasonZh : reasonEn;
            String fact = signal == null ? "" : signal.phrase(language);
            reasons.put(language, String.format(template, subject(customer, language), fact));
        }
        return reasons;
    }

    private static String subject(CustomerClasses customer, Language language) {
        boolean zh = language == Language.ZH;
        if (customer.isProspect()) {
            return zh ? "潜在客户" : "Prospect";
        }
        return switch (customer.valueTier()) {
            case "HIGH" -> zh ? "高价值客户" : "High-value customer";
            case "MID" -> zh ? "中价值客户" : "Mid-value customer";
            default -> zh ? "低价值客户" : "Low-value customer";
        };
    }
}
