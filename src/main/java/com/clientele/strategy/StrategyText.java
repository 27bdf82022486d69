package com.clientele.strategy;

import java.util.List;

/** What a strategy says in one language: the class's display name, who is in it, the objective and the actions. */
public record StrategyText(String name, String description, String objective, List<String> actions) {

    public StrategyText {
        actions = List.copyOf(actions);
    }
}
