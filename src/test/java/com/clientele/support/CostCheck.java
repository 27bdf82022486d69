package com.clientele.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The check every response of {@link ApiServer} passes: when it reports {@code extensions.cost} with both costs,
 * {@code requestedQueryCost} (what the server charged before running the query) is at least half of
 * {@code actualQueryCost} (the fields it answered). A query whose estimate is too low fails its test.
 */
final class CostCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CostCheck() {
    }

    static void requestedIsAtLeastHalfOfActual(String sent, String body) {
        JsonNode cost = costOf(body);
        if (cost == null || !cost.path("requestedQueryCost").isNumber() || !cost.path("actualQueryCost").isNumber()) {
            return;
        }
        long requested = cost.get("requestedQueryCost").asLong();
        long actual = cost.get("actualQueryCost").asLong();
        if (requested * 2 < actual) {
            throw new AssertionError("requestedQueryCost " + requested + " is less than half of actualQueryCost "
                    + actual + " for " + abbreviated(sent));
        }
    }

    private static String abbreviated(String sent) {
        return sent.length() <= 600 ? sent : sent.substring(0, 600) + "... (" + sent.length() + " characters)";
    }

    private static JsonNode costOf(String body) {
        if (body == null || !body.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(body).path("extensions").path("cost");
        } catch (IOException notJson) {
            return null;
        }
    }
}
