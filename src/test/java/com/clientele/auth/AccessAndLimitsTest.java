package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import com.clientele.limits.ApiLimits;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.AppSurface;
import com.clientele.support.TestNeo4j;
import com.clientele.ingest.DomainFingerprint;
import com.fasterxml.jackson.databind.JsonNode;
import graphql.language.OperationDefinition.Operation;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keys and roles against every mutation and sample queries; depth, cost, page-size and rate limits. */
class AccessAndLimitsTest {

    static final Map<String, String> MUTATIONS = Map.ofEntries(
            Map.entry("upsertCustomer", "upsertCustomer(input: {id: \"role-c\"}) { userErrors { code } }"),
            Map.entry("upsertProduct", "upsertProduct(input: {id: \"role-p\", name: \"P\", categoryId: \"ghost\"})"
                    + " { userErrors { code } }"),
            Map.entry("upsertCategory", "upsertCategory(input: {id: \"role-cat\", name: \"C\"}) { userErrors { code } }"),
            Map.entry("recordOrder", "recordOrder(input: {id: \"role-o\", customerId: \"ghost\", orderedAt:"
                    + " \"2024-01-01T00:00:00Z\", lines: [{productId: \"x\", quantity: 1, unitPrice: 1}]})"
                    + " { userErrors { code } }"),
            Map.entry("anonymiseCustomer", "anonymiseCustomer(input: {id: \"ghost\"}) { userErrors { code } }"),
            Map.entry("createApiKey", "createApiKey(input: {name: \"made-by-test\", role: READER}) { apiKey { id } }"),
            Map.entry("revokeApiKey", "revokeApiKey(input: {id: \"000000000000\"}) { userErrors { code } }"),
            Map.entry("updateStrategy", "updateStrategy(input: {dimension: VALUE_TIER, className: \"HIGH\","
                    + " priority: 1}) { userErrors { code } }"),
            Map.entry("resetStrategy", "resetStrategy(dimension: VALUE_TIER, className: \"HIGH\") { userErrors { code } }"),
            Map.entry("saveSegment", "saveSegment(input: {name: \"x\", filter: {}}) { userErrors { code } }"),
            Map.entry("deleteSegment", "deleteSegment(input: {id: \"ghost\"}) { userErrors { code } }"),
            Map.entry("refreshSegments", "refreshSegments(input: {customerIds: [\"ghost\"]}) { userErrors { code } }"));

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static Graph graph;
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        graph = TestNeo4j.get().empty();
        ApiKeyStore keys = new ApiKeyStore(graph, Clock.systemUTC());
        for (Role role : Role.values()) {
            TOKENS.put(role, keys.create("test-" + role, role).token());
        }
        api.graphql("mutation { upsertCustomer(input: {id: \"k1\", name: \"Kim\", email: \"k@example.com\"})"
                + " { userErrors { code } } }", Map.of(), bearer(Role.ADMIN));
    }

    @AfterAll
    static void stop() {
        TestNeo4j.get().empty();
    }

    private static Map<String, String> bearer(Role role) {
        return Map.of("Authorization", "Bearer " + TOKENS.get(role));
    }

    private static HttpResponse<String> post(String query, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return api.post(ApiServer.write(Map.of("query", query)), all);
    }

    @Test
    void withoutAValidKeyEveryRequestIs401WithAGraphQLShapedBody() {
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(),
                Map.of("Authorization", "Bearer clk_000000000000_" + "A".repeat(43)),
                Map.of("Authorization", "Basic abc"), Map.of("Authorization", "Bearer " + TOKENS.get(Role.ADMIN) + "x"))) {
            HttpResponse<String> response = post("{ customers { totalCount } }", headers);
            assertEquals(401, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals("UNAUTHENTICATED", ApiServer.parse(response.body()).at("/errors/0/extensions/code").asText());
        }
    }

    @Test
    void eachRoleMayRunExactlyItsMutationsAndAForbiddenOneRunsNothing() {
        for (Role role : Role.values()) {
            for (Map.Entry<String, String> mutation : MUTATIONS.entrySet()) {
                DomainFingerprint before = DomainFingerprint.of(graph);
                JsonNode response = api.graphql("mutation { " + mutation.getValue() + " }", Map.of(), bearer(role));
                boolean allowed = role.includes(AppSurface.get().roles().required(Operation.MUTATION, mutation.getKey()));
                String code = response.at("/errors/0/extensions/code").asText();
                if (allowed) {
                    assertNotEquals("FORBIDDEN", code, role + " " + mutation.getKey() + ": " + response);
                    continue;
                }
                assertEquals("FORBIDDEN", code, role + " " + mutation.getKey() + ": " + response);
                assertTrue(response.path("data").isMissingNode(), response.toString());
                assertEquals(before, DomainFingerprint.of(graph));
            }
        }
    }

    @Test
    void queriesNeedTheirRoleAndReadersDoNotSeePersonalFields() {
        String customer = "{ customer(id: \"k1\") { id name email } }";
        assertEquals(ApiServer.parse("{\"data\":{\"customer\":{\"id\":\"k1\",\"name\":null,\"email\":null}}}"),
                api.graphql(customer, Map.of(), bearer(Role.READER)));
        assertEquals("Kim", api.graphql(customer, Map.of(), bearer(Role.INTEGRATOR)).at("/data/customer/name").asText());
        JsonNode withCrossSell = api.graphql("{ customer(id: \"k1\") { name email crossSell(first: 1) { score } } }",
                Map.of(), bearer(Role.READER));
        assertTrue(withCrossSell.at("/data/customer/name").isNull(), withCrossSell.toString());
        assertTrue(withCrossSell.at("/data/customer/email").isNull(), withCrossSell.toString());
        assertEquals("FORBIDDEN", api.graphql("{ apiKeys { id } }", Map.of(), bearer(Role.INTEGRATOR))
                .at("/errors/0/extensions/code").asText());
        JsonNode keys = api.graphql("{ apiKeys { id role active } }", Map.of(), bearer(Role.ADMIN));
        assertTrue(keys.at("/data/apiKeys").size() >= 3, keys.toString());
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        CreatedKey created = new ApiKeyStore(graph, Clock.systemUTC()).create("short-lived", Role.READER);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + created.token());
        assertEquals(200, post("{ customers { totalCount } }", headers).statusCode());
        JsonNode revoked = api.graphql("mutation($id: ID!) { revokeApiKey(input: {id: $id}) { apiKey { active } } }",
                Map.of("id", created.key().id()), bearer(Role.ADMIN));
        assertEquals(false, revoked.at("/data/revokeApiKey/apiKey/active").asBoolean(true), revoked.toString());
        assertEquals(401, post("{ customers { totalCount } }", headers).statusCode());
    }

    @Test
    void aKeyRevokedThroughAnotherServerIsRefusedOnceTheKeyCacheTimeHasPassed() throws InterruptedException {
        int status = statusAfterARevocationElsewhere("1", (server, headers) -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int last = 200;
            while (last == 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                last = countStatus(server, headers);
            }
            return last;
        });
        assertEquals(401, status);
    }

    @Test
    void withoutAKeyCacheAKeyRevokedThroughAnotherServerIsRefusedOnTheNextRequest() throws InterruptedException {
        assertEquals(401, statusAfterARevocationElsewhere("0", AccessAndLimitsTest::countStatus));
    }

    /** What a server with this key cache answers, per {@code check}, after a key it accepted is revoked elsewhere. */
    private static int statusAfterARevocationElsewhere(String cacheSeconds, StatusCheck check)
            throws InterruptedException {
        AppConfig config = AppConfig.fromEnvironment(Map.of("PORT", "0", "DATA_DIR", "target/unused",
                "API_KEY_CACHE_SECONDS", cacheSeconds));
        try (ApiServer server = ApiServer.start(config)) {
            ApiKeyStore elsewhere = new ApiKeyStore(graph, Clock.systemUTC());
            CreatedKey created = elsewhere.create("revoked-elsewhere-" + cacheSeconds, Role.READER);
            Map<String, String> headers = Map.of("Authorization", "Bearer " + created.token());
            assertEquals(200, countStatus(server, headers));
            elsewhere.revoke(created.key().id());
            return check.status(server, headers);
        }
    }

    private interface StatusCheck {
        int status(ApiServer server, Map<String, String> headers) throws InterruptedException;
    }

    @Test
    void tooDeepTooCostlyAndOversizedPageQueriesAreRejectedWithAClearCode() {
        String deep = "{ categories { " + "children { ".repeat(20) + "id" + " }".repeat(20) + " } }";
        assertEquals("QUERY_TOO_DEEP", code(api.graphql(deep, Map.of(), bearer(Role.READER))));
        String costly = "{ customers(first: 100) { nodes { orders(first: 100) { nodes { lines { product { id } } } } } } }";
        JsonNode tooCostly = api.graphql(costly, Map.of(), bearer(Role.READER));
        assertEquals("QUERY_TOO_COSTLY", code(tooCostly));
        assertTrue(tooCostly.at("/errors/0/message").asText().contains("costs"), tooCostly.toString());
        String page = "{ customers(first: 1000) { nodes { id } } }";
        assertEquals("BAD_USER_INPUT", code(api.graphql(page, Map.of(), bearer(Role.READER))));
        StringBuilder many = new StringBuilder("{ ");
        for (int i = 0; i < 150; i++) {
            many.append("a").append(i).append(": customers(first: 1) { totalCount } ");
        }
        assertEquals("QUERY_TOO_COSTLY", code(api.graphql(many.append("}").toString(), Map.of(), bearer(Role.READER))));
    }

    @Test
    void theRateLimitThrottlesWith429AndReportsTheBucket() {
        ApiLimits small = new ApiLimits(15, 5_000, 2_000, 100, 1_000_000, 100, 1, true, true);
        try (ApiServer limited = ApiServer.start(AppConfig.defaults(0, Path.of("target/unused")).withLimits(small))) {
            Map<String, String> headers = new java.util.HashMap<>(bearer(Role.READER));
            headers.put("Content-Type", "application/json");
            String body = ApiServer.write(Map.of("query", "{ customers(first: 40) { nodes { id } } }"));
            JsonNode first = ApiServer.parse(limited.post(body, headers).body());
            assertEquals(81, first.at("/extensions/cost/requestedQueryCost").asLong(), first.toString());
            assertEquals(100, first.at("/extensions/cost/throttleStatus/maximumAvailable").asLong());
            limited.post(body, headers);
            HttpResponse<String> throttled = limited.post(ApiServer.write(Map.of("query",
                    "{ customers(first: 90) { nodes { id name email city region country } } }")), headers);
            assertEquals(429, throttled.statusCode(), throttled.body());
            assertTrue(Long.parseLong(throttled.headers().firstValue("Retry-After").orElse("0")) >= 1);
            assertEquals("THROTTLED", code(ApiServer.parse(throttled.body())));
        }
    }

    @Test
    void introspectionCanBeTurnedOff() {
        ApiLimits closed = new ApiLimits(15, 5_000, 2_000, 100, 1_000_000, 20_000, 1_000, false, true);
        try (ApiServer production = ApiServer.start(AppConfig.defaults(0, Path.of("target/unused")).withLimits(closed))) {
            assertEquals("INTROSPECTION_DISABLED", code(production.graphql("{ __schema { types { name } } }",
                    Map.of(), bearer(Role.ADMIN))));
        }
        assertTrue(api.graphql("{ __schema { types { name } } }", Map.of(), bearer(Role.READER))
                .at("/data/__schema/types").size() > 10);
    }

    private static int countStatus(ApiServer server, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return server.post(ApiServer.write(Map.of("query", "{ customers { totalCount } }")), all).statusCode();
    }

    private static String code(JsonNode response) {
        return response.at("/errors/0/extensions/code").asText();
    }
}
