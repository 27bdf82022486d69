package com.clientele.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** What the server answered: status, Content-Type and body, or why no answer came (status 0). */
final class Answer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String contentType;
    private final String body;
    private final JsonNode json;

    Answer(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType == null ? "" : contentType;
        this.body = body == null ? "" : body;
        this.json = parse(this.body);
    }

    static Answer none(String why) {
        return new Answer(0, "", why);
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body;
    }

    /** The body as JSON, empty when it is not JSON. */
    Optional<JsonNode> json() {
        return Optional.ofNullable(json);
    }

    /** The `errors` array of a JSON body, or an empty array. */
    JsonNode errors() {
        return json == null || !json.path("errors").isArray() ? JSON.createArrayNode() : json.get("errors");
    }

    boolean hasErrorCode(java.util.Set<String> codes) {
        for (JsonNode error : errors()) {
            if (codes.contains(error.path("extensions").path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    String abbreviatedBody() {
        return HostileRequest.abbreviated(body.replaceAll("\\s+", " "), 300);
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException | RuntimeException notJson) {
            return null;
        }
    }
}
