package com.clientele.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Conditions of a {@code products} query, combined with AND; a category matches its whole subtree. */
public record ProductFilter(List<String> ids, List<String> categoryIds, Boolean merchandise, Boolean active,
        String nameContains) {

    @SuppressWarnings("unchecked")
    public static ProductFilter fromInput(Map<String, Object> input) {
        if (input == null) {
            return new ProductFilter(null, null, null, null, null);
        }
        return new ProductFilter(
                (List<String>) input.get("ids"),
                (List<String>) input.get("categoryIds"),
                (Boolean) input.get("merchandise"),
                (Boolean) input.get("active"),
                (String) input.get("nameContains"));
    }

    public Map<String, Object> toParameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("categoryIds", categoryIds);
        parameters.put("merchandise", merchandise);
        parameters.put("active", active);
        parameters.put("nameContains", nameContains);
        return parameters;
    }
}
