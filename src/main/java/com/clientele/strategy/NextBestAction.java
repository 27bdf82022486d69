package com.clientele.strategy;

import com.clientele.vocabulary.Language;
import java.util.Map;

/**
 * The one thing to do next about a customer: the action, the playbook strategy it draws on (its key
 * {@code DIMENSION/CLASS}), how urgent it is (1 = act first .. 5) and why, in every language.
 */
public record NextBestAction(ActionCode action, String strategyKey, int priority, Map<Language, String> reasons) {

    public NextBestAction {
        reasons = Map.copyOf(reasons);
    }

    public String reason(Language language) {
        return reasons.get(language);
    }
}
