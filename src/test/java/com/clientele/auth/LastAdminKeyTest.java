package com.clientele.auth;

import static com.clientele.auth.KeyServers.KEYS;
import static com.clientele.auth.KeyServers.bearer;
import static com.clientele.auth.KeyServers.createKeyCommand;
import static com.clientele.auth.KeyServers.logged;
import static com.clientele.auth.KeyServers.revoke;
import static com.clientele.auth.KeyServers.server;
import static com.clientele.auth.KeyServers.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Issue 12, point 1: the last active ADMIN key is not revoked by accident (LAST_ADMIN_KEY), but can be with
 * {@code force: true}, which is logged; {@code create-key} on the command line is then the way back in.
 */
class LastAdminKeyTest {

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
}
