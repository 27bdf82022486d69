package com.clientele.graphql;

import com.clientele.vocabulary.Language;
import java.util.Map;

/** One GraphQL operation request, however it arrived (POST body or GET query string), with the reader's language. */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables, Language language) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : variables;
        language = language == null ? Language.EN : language;
    }

    public GraphQLRequest(String query, String operationName, Map<String, Object> variables) {
        this(query, operationName, variables, Language.EN);
    }

    public GraphQLRequest inLanguage(Language requested) {
        return new GraphQLRequest(query, operationName, variables, requested);
    }
}
