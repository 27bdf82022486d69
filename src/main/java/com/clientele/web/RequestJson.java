package com.clientele.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The strict JSON reader of requests: one document per body (trailing content is refused), no duplicate keys, and
 * explicit parser limits. Every failure, a broken limit included, becomes a 400 with a message that says what.
 */
public final class RequestJson {

    public static final int MAX_NESTING_DEPTH = 1_000;
    public static final int MAX_NUMBER_DIGITS = 1_000;
    public static final int MAX_STRING_CHARACTERS = 20_000_000;
    public static final int MAX_KEY_CHARACTERS = 50_000;

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .maxStringLength(MAX_STRING_CHARACTERS)
                            .maxNameLength(MAX_KEY_CHARACTERS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private RequestJson() {
    }

    /** The one JSON document of {@code text}; {@code what} names it in error messages ("the request body"). */
    public static JsonNode parse(byte[] text, String what) {
        try {
            return STRICT.readTree(text);
        } catch (StreamConstraintsException limit) {
            throw RequestRejected.badRequest(what + " goes beyond a JSON limit: " + limitBroken(limit));
        } catch (JsonProcessingException invalid) {
            throw RequestRejected.badRequest(what + " is not valid JSON" + where(invalid.getLocation())
                    + reason(invalid));
        } catch (IOException unreadable) {
            throw RequestRejected.badRequest(what + " cannot be read as JSON");
        }
    }

    private static String limitBroken(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("nesting depth")) {
            return "arrays and objects nest deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (message.contains("number")) {
            return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
        }
        if (message.contains("name")) {
            return "a key is longer than " + MAX_KEY_CHARACTERS + " characters";
        }
        return "a string is longer than " + MAX_STRING_CHARACTERS + " characters";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String reason(JsonProcessingException invalid) {
        String message = String.valueOf(invalid.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return ": a key appears twice";
        }
        if (message.contains("Trailing token")) {
            return ": more than one JSON value";
        }
        return "";
    }
}
