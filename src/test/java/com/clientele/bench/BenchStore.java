package com.clientele.bench;

import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.EmbeddedNeo4j;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.SchemaMigrations;
import com.clientele.support.TemporaryDirectories;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A fresh embedded Neo4j in a temporary directory, reached over Bolt like the product's, for one benchmark run; the
 * directory is deleted on close.
 */
final class BenchStore implements AutoCloseable {

    private final Path home;
    private final EmbeddedNeo4j server;
    private final Driver driver;
    private final Graph graph;

    private final boolean keep;

    BenchStore() {
        this(TemporaryDirectories.create("clientele-bench"), false);
    }

    /** A store in {@code home} that is kept after the run, to time again without loading the data again. */
    static BenchStore kept(Path home) {
        return new BenchStore(home, true);
    }

    private BenchStore(Path home, boolean keep) {
        this.home = home;
        this.keep = keep;
        server = EmbeddedNeo4j.start(home);
        driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        graph = new Graph(driver, CypherCatalog.fromClasspath(), "neo4j", Duration.ofHours(1));
        SchemaMigrations.apply(graph);
    }

    Path home() {
        return home;
    }

    Graph graph() {
        return graph;
    }

    String boltUri() {
        return server.boltUri();
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
        if (!keep) {
            TemporaryDirectories.deleteRecursively(home);
        }
    }
}
