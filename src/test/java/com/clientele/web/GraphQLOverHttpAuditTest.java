package com.clientele.web;

import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.Role;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The GraphQL-over-HTTP audit (graphql-http's auditServer, run through Node) against the production wiring passes
 * every MUST, SHOULD and MAY: first in keyless development mode, then with an API key on every request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphQLOverHttpAuditTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    private static Graph graph;

    @BeforeAll
    static void prepare() {
        NodeAudit.prepare();
        graph = TestNeo4j.get().empty();
    }

    @Test
    @Order(1)
    void everyMustShouldAndMayPassesInKeylessMode() {
        NodeAudit.assertEverythingPasses("keyless", NodeAudit.audit(api.url("/graphql"), null));
    }

    @Test
    @Order(2)
    void everyMustShouldAndMayPassesWithAnApiKey() {
        String token = new ApiKeyStore(graph, Clock.systemUTC()).create("audit", Role.READER).token();
        try {
            NodeAudit.assertEverythingPasses("with an API key", NodeAudit.audit(api.url("/graphql"), token));
        } finally {
            graph.write("test-support/delete-api-keys", Map.of());
        }
    }
}
