package com.clientele.strategy;

import java.util.List;

/** What an edit or a reset did: the strategy as stored now, or (when refused) null and the reasons. */
public record StrategyEditResult(Strategy strategy, List<UserError> userErrors) {

    public StrategyEditResult {
        userErrors = List.copyOf(userErrors);
    }

    public static StrategyEditResult saved(Strategy strategy) {
        return new StrategyEditResult(strategy, List.of());
    }

    public static StrategyEditResult refused(List<UserError> errors) {
        return new StrategyEditResult(null, errors);
    }
}
