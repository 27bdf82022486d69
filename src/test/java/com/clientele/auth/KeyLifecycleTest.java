package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.AppConfig;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 12, point 1: keyless development mode is decided once at start-up (never-keyed store, loopback HOST) and
 * logged; once a key has existed no request is anonymous again; the last active ADMIN key is not revoked by
 * accident; {@code create-key} is the way back in. Each test starts its own server, since start-up decides.
 */
class KeyLifecycleTest {

    private static final String COUNT = "{ customers { totalCount } }";
    private static final String KEYS = "{ apiKeys { id role active } }";

    private Graph graph;
    private ApiKeyStore elsewhere;

    @BeforeEach
    void neverKeyedStore() {
        graph = TestNeo4j.get().empty();
        elsewhere = new ApiKeyStore(graph, Clock.systemUTC());
    }

    @AfterAll
    static void emptyTheGraph() {
        TestNeo4j.get().empty();
    }

    @ParameterizedTest(name = "HOST={0}")
    @ValueSource(strings = {"127.0.0.1", "0.0.0.0"})
    void revokingTheLastKeyLeavesAnonymousRequestsRefusedWith401AndUnableToMintAKey(String host) {
        CreatedKey only = elsewhere.create("the-only-key", Role.READER);
        try (ApiServer server = server(host, "5")) {
            assertEquals(200, status(server, COUNT, bearer(only)));
            elsewhere.revoke(only.key().id());
            assertEquals(401, status(server, COUNT, Map.of()));
            assertEquals(401, status(server, "mutation { createApiKey(input: {name: \"intruder\", role: ADMIN})"
                    + " { token } }", Map.of()));
            assertEquals(1, elsewhere.list().size());
        }
    }

    @Test
    void aStoreWhereAKeyOnceExistedStartsWithoutAnActiveKeyRefusingAnonymousRequestsAndSaysSo() {
        elsewhere.revoke(elsewhere.create("once", Role.ADMIN).key().id(), true);
        try (CapturedLog log = new CapturedLog(); ApiServer server = server("127.0.0.1", "5")) {
            assertEquals(401, status(server, COUNT, Map.of()));
            assertTrue(logged(log, "WARN", "no API key is active"), log.text());
        }
    }

    @Test
    void aNeverKeyedStoreOnLoopbackStartsKeylessAndSaysSoInTheLog() {
        try (CapturedLog log = new CapturedLog(); ApiServer server = server("127.0.0.1", "5")) {
            assertEquals(ApiServer.parse("{\"data\":{\"customers\":{\"totalCount\":0}}}"), server.graphql(COUNT));
            assertTrue(logged(log, "WARN", "Keyless development mode"), log.text());
        }
    }

    @Test
    void aKeylessServerRefusesAnonymousRequestsOnceAKeyIsCreatedElsewhereEvenAfterItIsRevoked() {
        try (ApiServer server = server("127.0.0.1", "0")) {
            assertEquals(200, status(server, COUNT, Map.of()));
            CreatedKey created = elsewhere.create("made-by-the-cli", Role.READER);
            assertEquals(401, status(server, COUNT, Map.of()));
            elsewhere.revoke(created.key().id());
            assertEquals(401, status(server, COUNT, Map.of()));
        }
    }

    @Test
    void aKeylessServerRefusesAnonymousRequestsWithinTheKeyCacheTimeAfterAKeyIsCreatedElsewhere()
            throws InterruptedException {
        try (ApiServer server = server("127.0.0.1", "1")) {
            assertEquals(200, status(server, COUNT, Map.of()));
            elsewhere.revoke(elsewhere.create("made-by-another-server", Role.READER).key().id());
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            int last = 200;
            while (last == 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                last = status(server, COUNT, Map.of());
            }
            assertEquals(401, last);
        }
    }

    @Test
    void aKeylessServerThatMintsAKeyRefusesAnonymousRequestsFromThenOnEvenAfterItIsRevoked() {
        try (ApiServer server = server("127.0.0.1", "0")) {
            JsonNode minted = server.graphql("mutation { createApiKey(input: {name: \"first\", role: READER})"
                    + " { apiKey { id } } }");
            assertEquals(401, status(server, COUNT, Map.of()));
            elsewhere.revoke(minted.at("/data/createApiKey/apiKey/id").asText());
            assertEquals(401, status(server, COUNT, Map.of()));
        }
    }

    @Test
    void revokingTheLastActiveAdminKeyIsRefusedWithAUserErrorAndChangesNothing() {
        CreatedKey admin = elsewhere.create("ops", Role.ADMIN);
        elsewhere.create("reports", Role.READER);
        elsewhere.revoke(elsewhere.create("old-ops", Role.ADMIN).key().id());
        try (ApiServer server = server("127.0.0.1", "5")) {
            JsonNode before = server.graphql(KEYS, Map.of(), bearer(admin));
            JsonNode refused = server.graphql("mutation($id: ID!) { revokeApiKey(input: {id: $id})"
                    + " { apiKey { id } userErrors { field message code } } }", Map.of("id", admin.key().id()),
                    bearer(admin));
            assertEquals(ApiServer.parse("{\"data\":{\"revokeApiKey\":{\"apiKey\":null,\"userErrors\":[{\"field\":"
                    + "[\"input\",\"id\"],\"message\":\"" + admin.key().id() + " is the last active ADMIN key:"
                    + " revoking it would lock every administrator out. Create another ADMIN key first, or send"
                    + " force: true (create-key on the command line is then the way back in)\",\"code\":"
                    + "\"LAST_ADMIN_KEY\"}]}}}"), refused);
            assertEquals(before, server.graphql(KEYS, Map.of(), bearer(admin)));
            CreatedKey second = elsewhere.create("ops-2", Role.ADMIN);
            assertFalse(revoke(server, admin, admin.key().id(), "").at("/data/revokeApiKey/apiKey/active")
                    .asBoolean(true));
            assertEquals(200, status(server, KEYS, bearer(second)));
        }
    }

    @Test
    void revokingTheLastAdminKeyWithForceRevokesItLogsItsIdAndCreateKeyIsTheWayBackIn() {
        CreatedKey admin = elsewhere.create("ops", Role.ADMIN);
        try (CapturedLog log = new CapturedLog(); ApiServer server = server("0.0.0.0", "5")) {
            JsonNode revoked = revoke(server, admin, admin.key().id(), ", force: true");
            assertEquals(ApiServer.parse("{\"data\":{\"revokeApiKey\":{\"apiKey\":{\"id\":\"" + admin.key().id()
                    + "\",\"active\":false},\"userErrors\":[]}}}"), revoked);
            assertTrue(logged(log, "WARN", "The last active ADMIN key " + admin.key().id() + " was revoked with force"),
                    log.text());
            assertFalse(log.text().contains(admin.token().substring(17)), "the secret was logged");
            assertEquals(401, status(server, KEYS, bearer(admin)));
            assertEquals(401, status(server, KEYS, Map.of()));
            String token = createKeyCommand("--role", "ADMIN", "--name", "back-in");
            assertEquals(200, status(server, KEYS, Map.of("Authorization", "Bearer " + token)));
            assertEquals(401, status(server, KEYS, Map.of()));
        }
    }

    /** True when a line logged at {@code level} contains {@code text}. */
    private static boolean logged(CapturedLog log, String level, String text) {
        return log.text().lines().anyMatch(line -> line.contains(" " + level + " ") && line.contains(text));
    }

    /** Runs {@code create-key} against the test store as an operator would, and returns the printed token. */
    private static String createKeyCommand(String... args) {
        CreateKeyCommand command = new CreateKeyCommand();
        new CommandLine(command).parseArgs(args);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(Map.of("NEO4J_URI", TestNeo4j.get().boltUri(), "DATA_DIR", "target/unused"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        String output = printed.toString(StandardCharsets.UTF_8);
        return output.substring(output.indexOf("Bearer ") + 7).trim();
    }

    private static JsonNode revoke(ApiServer server, CreatedKey caller, String id, String more) {
        return server.graphql("mutation($id: ID!) { revokeApiKey(input: {id: $id" + more + "})"
                + " { apiKey { id active } userErrors { code } } }", Map.of("id", id), bearer(caller));
    }

    private static ApiServer server(String host, String cacheSeconds) {
        return ApiServer.start(AppConfig.fromEnvironment(Map.of("PORT", "0", "DATA_DIR", "target/unused",
                "HOST", host, "API_KEY_CACHE_SECONDS", cacheSeconds)));
    }

    private static Map<String, String> bearer(CreatedKey key) {
        return Map.of("Authorization", "Bearer " + key.token());
    }

    private static int status(ApiServer server, String query, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return server.post(ApiServer.write(Map.of("query", query)), all).statusCode();
    }
}
