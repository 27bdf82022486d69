package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GraphQLOverHttpTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> SPEC_JSON = Map.of("Content-Type", "application/json",
            "Accept", "application/graphql-response+json");

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void start() {
        TestNeo4j.get().empty();
    }

    private static void assertRejected(HttpResponse<String> response, int status, String code, String messagePart) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = ApiServer.parse(response.body()).at("/errors/0");
        assertEquals(code, error.at("/extensions/code").asText(), response.body());
        assertTrue(error.get("message").asText().contains(messagePart), response.body());
    }

    @Test
    void aWellFormedPostAnswersWithDataAndTheNegotiatedMediaType() {
        HttpResponse<String> response = api.post("{\"query\":\"{ categories { id } }\"}", SPEC_JSON);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/graphql-response+json"));
        assertEquals(ApiServer.parse("{\"data\":{\"categories\":[]}}"), ApiServer.withoutCost(response.body()));
    }

    @Test
    void malformedJsonIsRejectedWith400AndSaysWhere() {
        assertRejected(api.post("{\"query\": ", JSON), 400, "BAD_REQUEST", "not valid JSON");
    }

    @Test
    void aBodyWithoutQueryIsRejected() {
        assertRejected(api.post("{\"variables\":{}}", JSON), 400, "BAD_REQUEST", "no `query`");
    }

    @Test
    void variablesThatAreNotAnObjectAreRejected() {
        assertRejected(api.post("{\"query\":\"{ categories { id } }\",\"variables\":[1]}", JSON), 400,
                "BAD_REQUEST", "`variables` must be a JSON object");
    }

    @Test
    void batchedRequestsAreRejected() {
        assertRejected(api.post("[{\"query\":\"{ categories { id } }\"}]", JSON), 400, "BAD_REQUEST", "batched");
    }

    @Test
    void aBodyThatIsNotJsonContentIsUnsupportedMediaType() {
        assertRejected(api.post("{ categories { id } }", Map.of("Content-Type", "text/plain")), 415,
                "BAD_REQUEST", "application/json");
    }

    @Test
    void aClientThatAcceptsNeitherJsonTypeGetsNotAcceptable() {
        assertRejected(api.post("{\"query\":\"{ categories { id } }\"}",
                Map.of("Content-Type", "application/json", "Accept", "application/xml")), 406, "BAD_REQUEST",
                "application/graphql-response+json");
    }

    @Test
    void aSyntaxErrorIs400WithTheGraphqlResponseMediaTypeAndHasTheParseCode() {
        HttpResponse<String> response = api.post("{\"query\":\"{ categories { id }\"}", SPEC_JSON);
        assertEquals(400, response.statusCode());
        assertEquals("GRAPHQL_PARSE_FAILED", ApiServer.parse(response.body()).at("/errors/0/extensions/code").asText());
    }

    @Test
    void aValidationErrorIs200WithPlainJsonAsTheSpecSaysForLegacyClients() {
        HttpResponse<String> response = api.post("{\"query\":\"{ nosuchfield }\"}", JSON);
        assertEquals(200, response.statusCode());
        assertEquals("GRAPHQL_VALIDATION_FAILED",
                ApiServer.parse(response.body()).at("/errors/0/extensions/code").asText());
    }

    @Test
    void aVariableOfTheWrongTypeIsBadUserInput() {
        HttpResponse<String> response = api.post(ApiServer.write(Map.of(
                "query", "query($n: Int) { customers(first: $n) { totalCount } }",
                "variables", Map.of("n", "many"))), SPEC_JSON);
        assertEquals(400, response.statusCode());
        assertEquals("BAD_USER_INPUT", ApiServer.parse(response.body()).at("/errors/0/extensions/code").asText());
    }

    @Test
    void aPageLargerThanTheMaximumIsBadUserInputWithTheLimitInTheMessage() {
        JsonNode body = api.graphql("{ customers(first: 1000) { totalCount } }");
        assertEquals("BAD_USER_INPUT", body.at("/errors/0/extensions/code").asText());
        assertTrue(body.at("/errors/0/message").asText().contains("between 0 and 100"));
    }

    @Test
    void aForgedCursorIsBadUserInput() {
        JsonNode body = api.graphql("{ customers(after: \"not-a-cursor\") { totalCount } }");
        assertEquals("BAD_USER_INPUT", body.at("/errors/0/extensions/code").asText());
    }

    @Test
    void getRunsQueriesFromTheQueryString() {
        String query = URLEncoder.encode("query Q($id: ID!) { customer(id: $id) { id } }", StandardCharsets.UTF_8);
        String variables = URLEncoder.encode("{\"id\":\"nobody\"}", StandardCharsets.UTF_8);
        HttpResponse<String> response = api.get("/graphql?query=" + query + "&variables=" + variables, Map.of());
        assertEquals(200, response.statusCode());
        assertEquals(ApiServer.parse("{\"data\":{\"customer\":null}}"), ApiServer.withoutCost(response.body()));
    }

    @Test
    void getRefusesMutationsWith405AndAllowPost() {
        String query = URLEncoder.encode("mutation { anything }", StandardCharsets.UTF_8);
        HttpResponse<String> response = api.get("/graphql?query=" + query, Map.of());
        assertRejected(response, 405, "BAD_REQUEST", "POST");
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void otherMethodsOnTheEndpointAreNotAllowed() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(api.url("/graphql")))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, response.statusCode());
    }

    @Test
    void healthReportsThatNeo4jAnswers() {
        HttpResponse<String> response = api.get("/health", Map.of());
        assertEquals(200, response.statusCode());
        JsonNode body = ApiServer.parse(response.body());
        assertEquals("UP", body.get("status").asText());
        assertEquals("UP", body.at("/neo4j/status").asText());
    }
}
