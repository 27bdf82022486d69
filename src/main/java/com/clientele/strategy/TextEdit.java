package com.clientele.strategy;

import java.util.List;
import java.util.Map;

/** The texts of one language an edit changes; a null field is left as it is. */
public record TextEdit(String name, String description, String objective, List<String> actions) {

    public TextEdit {
        actions = actions == null ? null : List.copyOf(actions);
    }

    /** From a GraphQL {@code StrategyTextInput}; null when the input is absent. */
    @SuppressWarnings("unchecked")
    static TextEdit fromInput(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        return new TextEdit((String) input.get("name"), (String) input.get("description"),
                (String) input.get("objective"), (List<String>) input.get("actions"));
    }

    StrategyText applyTo(StrategyText current) {
        return new StrategyText(
                name == null ? current.name() : name.strip(),
                description == null ? current.description() : description.strip(),
                objective == null ? current.objective() : objective.strip(),
                actions == null ? current.actions() : actions.stream().map(String::strip).toList());
    }
}
