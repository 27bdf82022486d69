package com.clientele.hostile;

import com.clientele.support.ApiServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generated argument values and how they are written: as a GraphQL literal in the query text, or as the JSON value
 * of a variable. Besides strings, numbers, booleans, null, lists and maps a value may be an enum token or raw
 * literal text (numbers no Java type holds, unknown tokens).
 */
final class GraphQLValues {

    /** An enum value written without quotes. */
    record EnumToken(String name) {
    }

    /** Literal text written as it is, e.g. {@code 99999999999999999999} or {@code 1e309}. */
    record RawLiteral(String text) {
    }

    private GraphQLValues() {
    }

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return ApiServer.write(text);
        }
        if (value instanceof EnumToken token) {
            return token.name();
        }
        if (value instanceof RawLiteral raw) {
            return raw.text();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphQLValues::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + ": " + literal(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    /** The value as Jackson writes it in {@code variables}. */
    static Object json(Object value) {
        if (value instanceof EnumToken token) {
            return token.name();
        }
        if (value instanceof RawLiteral raw) {
            return numeric(raw.text());
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>();
            list.forEach(element -> converted.add(json(element)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, element) -> converted.put(key.toString(), json(element)));
            return converted;
        }
        return value;
    }

    private static Object numeric(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
