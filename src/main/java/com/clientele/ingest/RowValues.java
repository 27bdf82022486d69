package com.clientele.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Builds the parameter maps of write statements; unlike {@code Map.of} it keeps null ("unknown") values. */
final class RowValues {

    private RowValues() {
    }

    /** A map from alternating keys and values, e.g. {@code of("id", id, "name", null)}. */
    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    /** The distinct values of one key over the rows, in first-seen order. */
    static List<Object> distinct(List<Map<String, Object>> rows, String key) {
        LinkedHashSet<Object> values = new LinkedHashSet<>();
        rows.forEach(row -> values.add(row.get(key)));
        return new ArrayList<>(values);
    }
}
