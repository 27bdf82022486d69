package com.clientele.web;

import com.clientele.graphql.GraphQLRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Reads a GraphQL request from a POST body or GET parameters, rejecting malformed ones with a clear message. */
public final class GraphQLRequestParser {

    private GraphQLRequestParser() {
    }

    public static GraphQLRequest fromBody(String body) {
        JsonNode json = parseJson(body, "the request body");
        if (json.isArray()) {
            throw RequestRejected.badRequest("batched requests are not supported: send one operation per request");
        }
        if (!json.isObject()) {
            throw RequestRejected.badRequest("the request body must be a JSON object with a `query`");
        }
        return new GraphQLRequest(query(json.get("query")), optionalString(json.get("operationName"), "operationName"),
                variables(json.get("variables")));
    }

    public static GraphQLRequest fromParameters(String query, String operationName, String variables) {
        JsonNode variablesJson = variables == null || variables.isBlank() ? null
                : parseJson(variables, "the `variables` parameter");
        JsonNode queryNode = query == null ? null : Json.MAPPER.getNodeFactory().textNode(query);
        String operation = operationName == null || operationName.isBlank() ? null : operationName;
        return new GraphQLRequest(query(queryNode), operation, variables(variablesJson));
    }

    private static JsonNode parseJson(String text, String what) {
        if (text == null || text.isBlank()) {
            throw RequestRejected.badRequest(what + " is empty");
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw RequestRejected.badRequest(what + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw RequestRejected.badRequest("`variables` must be a JSON object");
        }
        return Json.MAPPER.convertValue(node, Map.class);
    }
}
