package com.clientele.web;

import java.util.Locale;
import java.util.Optional;

/** Content negotiation of the GraphQL-over-HTTP spec. */
public final class MediaTypes {

    public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    public static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The response media type for an Accept header: the GraphQL response type when the client lists it, plain JSON
     * when it accepts JSON or anything (or sends no Accept, as legacy clients do), otherwise none (406).
     */
    public static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        String normalized = accept.toLowerCase(Locale.ROOT);
        if (normalized.contains(GRAPHQL_RESPONSE)) {
            return Optional.of(GRAPHQL_RESPONSE);
        }
        if (normalized.contains(JSON) || normalized.contains("*/*") || normalized.contains("application/*")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    /** True when a request's Content-Type is JSON (any charset parameter). */
    public static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).trim().startsWith(JSON);
    }
}
