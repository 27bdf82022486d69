package com.clientele.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;

/** The one JSON mapper of the HTTP layer, and the shape of request-level error bodies. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A GraphQL-shaped body with one error, for failures before execution. */
    public static String error(String code, String message) {
        return write(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code)))));
    }
}
