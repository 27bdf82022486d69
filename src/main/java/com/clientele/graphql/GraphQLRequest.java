package com.clientele.graphql;

import java.util.Map;

/** One GraphQL operation request, however it arrived (POST body or GET query string). */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : variables;
    }
}
