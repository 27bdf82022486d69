package com.clientele.web;

import com.clientele.graphql.GraphQLRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a GraphQL request from a POST body or GET parameters, rejecting malformed ones with a clear message: one
 * JSON object (see {@link RequestJson}) whose `query` is a string, `operationName` a string or null, and
 * `variables` and `extensions` objects or null.
 */
public final class GraphQLRequestParser {

    private GraphQLRequestParser() {
    }

    public static GraphQLRequest fromBody(byte[] body) {
        JsonNode json = parseJson(body, "the request body");
        if (json.isArray()) {
            throw RequestRejected.badRequest("batched requests are not supported: send one operation per request");
        }
        if (!json.isObject()) {
            throw RequestRejected.badRequest("the request body must be a JSON object with a `query`");
        }
        optionalObject(json.get("extensions"), "extensions");
        return new GraphQLRequest(query(json.get("query")), optionalString(json.get("operationName"), "operationName"),
                variables(json.get("variables")));
    }

    public static GraphQLRequest fromParameters(String query, String operationName, String variables) {
        JsonNode variablesJson = variables == null || variables.isBlank() ? null
                : parseJson(variables.getBytes(StandardCharsets.UTF_8), "the `variables` parameter");
        JsonNode queryNode = query == null ? null : Json.MAPPER.getNodeFactory().textNode(query);
        String operation = operationName == null || operationName.isBlank() ? null : operationName;
        return new GraphQLRequest(query(queryNode), operation, variables(variablesJson));
    }

    private static JsonNode parseJson(byte[] text, String what) {
        if (text == null || new String(text, StandardCharsets.UTF_8).isBlank()) {
            throw RequestRejected.badRequest(what + " is empty");
        }
        return RequestJson.parse(text, what);
    }

    private static String query(JsonNode node) {
        if (node == null || node.isNull()) {
            throw RequestRejected.badRequest("the request has no `query`");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw RequestRejected.badRequest("`query` must be a non-empty string");
        }
        return node.asText();
    }

    private static String optionalString(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw RequestRejected.badRequest("`" + name + "` must be a string");
        }
        return node.asText();
    }

    private static void optionalObject(JsonNode node, String name) {
        if (node != null && !node.isNull() && !node.isObject()) {
            throw RequestRejected.badRequest("`" + name + "` must be a JSON object");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        optionalObject(node, "variables");
        return Json.MAPPER.convertValue(node, Map.class);
    }
}
