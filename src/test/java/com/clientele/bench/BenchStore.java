package com.clientele.bench;

import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.EmbeddedNeo4j;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.SchemaMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** A fresh embedded Neo4j in a temporary directory, reached over Bolt like the product's, for one benchmark run. */
final class BenchStore implements AutoCloseable {

    private final EmbeddedNeo4j server;
    private final Driver driver;
    private final Graph graph;

    BenchStore() throws IOException {
        Path home = Files.createTempDirectory("clientele-bench");
        server = EmbeddedNeo4j.start(home);
        driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        graph = new Graph(driver, CypherCatalog.fromClasspath(), "neo4j", Duration.ofHours(1));
        SchemaMigrations.apply(graph);
    }

    Graph graph() {
        return graph;
    }

    Driver driver() {
        return driver;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        driver.close();
        server.close();
    }
}
