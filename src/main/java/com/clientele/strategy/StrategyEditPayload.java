package com.clientele.strategy;

import com.clientele.graphql.UserError;
import java.util.List;

/** What an edit or a reset did: the strategy as stored now, or (when refused) null and the reasons. */
public record StrategyEditPayload(Strategy strategy, List<UserError> userErrors) {

    public StrategyEditPayload {
        userErrors = List.copyOf(userErrors);
    }

    public static StrategyEditPayload saved(Strategy strategy) {
        return new StrategyEditPayload(strategy, List.of());
    }

    public static StrategyEditPayload refused(List<UserError> errors) {
        return new StrategyEditPayload(null, errors);
    }
}
