package com.clientele.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Neo4jConnectionTest {

    private static Graph graphOf(Neo4jConnection connection) {
        return new Graph(connection.driver(), CypherCatalog.fromClasspath(), "neo4j", Duration.ofSeconds(30));
    }

    private static List<String> namesOf(Graph graph, String id) {
        return graph.read("customer/by-ids", Map.of("ids", List.of(id)),
                row -> row.get("customer").get("name").asString());
    }

    @Test
    void withoutNeo4jUriAnEmbeddedServerStartsInTheDataDirAndKeepsItsDataAcrossARestart(@TempDir Path dataDir) {
        AppConfig config = AppConfig.defaults(0, dataDir);
        try (Neo4jConnection first = Neo4jConnection.open(config.neo4j())) {
            assertTrue(first.isEmbedded());
            graphOf(first).write("test-support/put-customer", Map.of("id", "C-persist", "name", "Persistent Pat"));
        }
        try (Neo4jConnection second = Neo4jConnection.open(config.neo4j())) {
            assertEquals(List.of("Persistent Pat"), namesOf(graphOf(second), "C-persist"));
        }
    }

    @Test
    void withNeo4jUriTheAppUsesThatServerAndStartsNoEmbeddedOne(@TempDir Path externalHome, @TempDir Path dataDir)
            throws IOException {
        try (EmbeddedNeo4j external = EmbeddedNeo4j.start(externalHome)) {
            AppConfig config = AppConfig.defaults(0, dataDir.resolve("never-created")).withNeo4jUri(external.boltUri());
            try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
                assertFalse(connection.isEmbedded());
                graphOf(connection).write("test-support/put-customer", Map.of("id", "C-ext", "name", "External Eve"));
            }
            assertFalse(Files.exists(dataDir.resolve("never-created")), "no embedded store was created");
            try (Neo4jConnection direct = Neo4jConnection.open(AppConfig.defaults(0, dataDir)
                    .withNeo4jUri(external.boltUri()).neo4j())) {
                assertEquals(List.of("External Eve"), namesOf(graphOf(direct), "C-ext"));
            }
        }
    }

    @Test
    void anUnreachableNeo4jUriFailsAtStartWithTheAddressInTheMessage(@TempDir Path dataDir) {
        AppConfig config = AppConfig.defaults(0, dataDir).withNeo4jUri("bolt://127.0.0.1:1");
        IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Neo4jConnection.open(config.neo4j()));
        assertTrue(failure.getMessage().contains("bolt://127.0.0.1:1"), failure.getMessage());
    }
}
