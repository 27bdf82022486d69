package com.clientele.auth;

import static com.clientele.auth.KeyServers.COUNT;
import static com.clientele.auth.KeyServers.bearer;
import static com.clientele.auth.KeyServers.logged;
import static com.clientele.auth.KeyServers.server;
import static com.clientele.auth.KeyServers.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, point 1: keyless development mode is decided once at start-up (a never-keyed store, a loopback HOST)
 * and logged; once a key has existed no request is anonymous again. Each test starts its own server, since
 * start-up decides.
 */
class KeylessStartTest {

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
}
