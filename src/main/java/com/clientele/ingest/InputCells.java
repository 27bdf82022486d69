package com.clientele.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a mutation's input object into the cells of a CSV row: field names become column names
 * ({@code customerId} → {@code customer_id}) and values their text, so the importer's parsing applies unchanged.
 */
final class InputCells {

    private InputCells() {
    }

    /** The cells of the input's scalar fields (nested objects and lists are left out). */
    static Map<String, String> of(Map<String, Object> input) {
        Map<String, String> cells = new HashMap<>();
        input.forEach((field, value) -> {
            if (value != null && !(value instanceof Map) && !(value instanceof Iterable)) {
                cells.put(columnName(field), value.toString());
            }
        });
        return cells;
    }

    static String columnName(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    static String fieldName(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
                continue;
            }
            name.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return name.toString();
    }
}
