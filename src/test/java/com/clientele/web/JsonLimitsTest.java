package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 12 point 7: JSON beyond the parser's limits is a 400 that names the limit, never a 500. */
class JsonLimitsTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final String QUERY = "{\"query\":\"query Q($first: Int) { customers(first: $first) { totalCount } }\"";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void start() {
        TestNeo4j.get().empty();
    }

    private static void assertBadRequest(String message, HttpResponse<String> response) {
        assertEquals("400 " + ApiServer.parse(ApiServer.write(Map.of("errors", java.util.List.of(Map.of(
                "message", message, "extensions", Map.of("code", "BAD_REQUEST")))))),
                response.statusCode() + " " + ApiServer.parse(response.body()));
    }

    @Test
    void variablesNestedDeeperThanAThousandLevelsAreABadRequest() {
        int depth = 1_001;
        assertBadRequest("the request body goes beyond a JSON limit: arrays and objects nest deeper than 1000 levels",
                api.post(QUERY + ",\"variables\":{\"v\":" + "[".repeat(depth) + "]".repeat(depth) + "}}", JSON));
    }

    @Test
    void aNumberOfFiveThousandDigitsIsABadRequest() {
        assertBadRequest("the request body goes beyond a JSON limit: a number has more than 1000 digits",
                api.post(QUERY + ",\"variables\":{\"first\":" + "7".repeat(5_000) + "}}", JSON));
    }

    @Test
    void aKeyOfSixtyThousandCharactersIsABadRequest() {
        assertBadRequest("the request body goes beyond a JSON limit: a key is longer than 50000 characters",
                api.post(QUERY + ",\"variables\":{\"" + "k".repeat(60_000) + "\":1}}", JSON));
    }

    @Test
    void aTwentyMillionCharacterStringIsRefusedAsTooLarge() {
        HttpResponse<String> response = api.post(QUERY + ",\"variables\":{\"s\":\"" + "s".repeat(20_000_001)
                + "\"}}", JSON);
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void aTwentyMillionCharacterStringIsABadRequestWhereTheBodyLimitAllowsIt() {
        try (ApiServer large = ApiServer.start(com.clientele.app.AppConfig.fromEnvironment(Map.of("PORT", "0",
                "MAX_REQUEST_BYTES", "21000000")))) {
            assertBadRequest("the request body goes beyond a JSON limit: a string is longer than 20000000 characters",
                    large.post(QUERY + ",\"variables\":{\"s\":\"" + "s".repeat(20_000_001) + "\"}}", JSON));
        }
    }
}
