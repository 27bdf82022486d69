package com.clientele.support;

import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.EmbeddedNeo4j;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.GraphMaintenance;
import com.clientele.neo4j.SchemaMigrations;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One in-process Neo4j server for the whole test run (starting one costs seconds), reached over Bolt like any
 * server. Tests say which dataset they need; it is loaded only when the graph holds something else.
 */
public final class TestNeo4j {

    private static TestNeo4j instance;

    private final Path home;
    private final EmbeddedNeo4j server;
    private final Driver driver;
    private final Graph graph;
    private String loadedDataset = "";

    private TestNeo4j(Path home) {
        this.home = home;
        this.server = EmbeddedNeo4j.start(home);
        this.driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        this.graph = new Graph(driver, CypherCatalog.fromClasspath(), "neo4j", Duration.ofMinutes(5));
        SchemaMigrations.apply(graph);
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static synchronized TestNeo4j get() {
        if (instance == null) {
            instance = new TestNeo4j(TemporaryDirectories.create("clientele-test-neo4j"));
        }
        return instance;
    }

    public Graph graph() {
        return graph;
    }

    public Driver driver() {
        return driver;
    }

    public String boltUri() {
        return server.boltUri();
    }

    /**
     * Makes the graph hold exactly the named dataset, loading it with {@code loader} if it holds anything else.
     * Tests that change the graph must call {@link #forget()} afterwards so the next test reloads.
     */
    public synchronized Graph withDataset(String name, Runnable loader) {
        if (name.equals(loadedDataset)) {
            return graph;
        }
        GraphMaintenance.deleteEverything(graph);
        loadedDataset = "";
        loader.run();
        loadedDataset = name;
        return graph;
    }

    /** An empty graph (schema kept). */
    public synchronized Graph empty() {
        GraphMaintenance.deleteEverything(graph);
        loadedDataset = "";
        return graph;
    }

    /** Marks the graph as changed by a test, so the next {@link #withDataset} reloads. */
    public synchronized void forget() {
        loadedDataset = "";
    }

    private void close() {
        driver.close();
        server.close();
        TemporaryDirectories.deleteRecursively(home);
    }
}
