package com.clientele.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * Building blocks of the common form two GraphQL answers are compared in: numbers to the cent, half up (Clientele's
 * Money is rounded so; @neo4j/graphql prints the stored double), date-times as UTC instants (one server prints milliseconds, the other not), and
 * small reshaping helpers (a connection's nodes, a relationship list's first element).
 */
final class CanonicalJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CanonicalJson() {
    }

    /** The value with every number and date-time in its canonical spelling. */
    static JsonNode scalars(JsonNode value) {
        if (value.isNumber()) {
            return NODES.numberNode(value.decimalValue().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        if (value.isTextual()) {
            return NODES.textNode(instantOrText(value.asText()));
        }
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            value.forEach(element -> array.add(scalars(element)));
            return array;
        }
        if (value.isObject()) {
            ObjectNode object = NODES.objectNode();
            value.fields().forEachRemaining(field -> object.set(field.getKey(), scalars(field.getValue())));
            return object;
        }
        return value;
    }

    /** Each element of an array, reshaped. */
    static ArrayNode each(JsonNode array, UnaryOperator<JsonNode> reshape) {
        ArrayNode reshaped = NODES.arrayNode();
        array.forEach(element -> reshaped.add(reshape.apply(element)));
        return reshaped;
    }

    /** The first element of a relationship list (a to-one relationship in @neo4j/graphql 7), or null. */
    static JsonNode first(JsonNode array) {
        return array == null || array.isEmpty() ? NODES.nullNode() : array.get(0);
    }

    /** A copy of the object with one field replaced. */
    static ObjectNode with(JsonNode object, String field, JsonNode value) {
        ObjectNode copy = ((ObjectNode) object).deepCopy();
        copy.set(field, value);
        return copy;
    }

    /** Where two values first differ, as a path with both values; empty when they are equal. */
    static String firstDifference(String path, JsonNode ours, JsonNode theirs) {
        if (ours.equals(theirs)) {
            return "";
        }
        String inner = "";
        if (ours.isArray() && theirs.isArray() && ours.size() == theirs.size()) {
            inner = firstDifferentElement(path, ours, theirs);
        }
        if (ours.isObject() && theirs.isObject() && ours.size() == theirs.size()) {
            inner = firstDifferentField(path, ours, theirs);
        }
        return inner.isEmpty() ? path + ": " + abbreviated(ours) + " vs " + abbreviated(theirs) : inner;
    }

    private static String firstDifferentElement(String path, JsonNode ours, JsonNode theirs) {
        for (int index = 0; index < ours.size(); index++) {
            String inner = firstDifference(path + "[" + index + "]", ours.get(index), theirs.get(index));
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return "";
    }

    private static String firstDifferentField(String path, JsonNode ours, JsonNode theirs) {
        for (var names = ours.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String inner = firstDifference(path + "." + name, ours.get(name), theirs.path(name));
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return "";
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /** A Relay-style connection as Clientele answers it: {@code {totalCount, nodes}}. */
    static ObjectNode connection(JsonNode totalCount, JsonNode nodes) {
        ObjectNode connection = NODES.objectNode();
        connection.set("totalCount", totalCount);
        connection.set("nodes", nodes);
        return connection;
    }

    private static String instantOrText(String text) {
        if (text.length() < 20 || text.charAt(10) != 'T') {
            return text;
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeParseException notADateTime) {
            return text;
        }
    }
}
