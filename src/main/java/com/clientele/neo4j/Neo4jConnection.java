package com.clientele.neo4j;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one {@link Driver}, to an external server when NEO4J_URI is set, otherwise to an embedded
 * server started here in DATA_DIR. Closing it closes the driver and stops the embedded server, if any.
 */
public final class Neo4jConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    private final Driver driver;
    private final Optional<EmbeddedNeo4j> embedded;

    private Neo4jConnection(Driver driver, Optional<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.embedded = embedded;
    }

    public static Neo4jConnection open(Neo4jSettings settings) {
        if (settings.uri().isPresent()) {
            String uri = settings.uri().get();
            LOG.info("Using the external Neo4j at {} (database {})", uri, settings.database());
            AuthToken auth = settings.password().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(settings.user(), settings.password());
            return new Neo4jConnection(connect(uri, auth), Optional.empty());
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(settings.dataDir());
        try {
            return new Neo4jConnection(connect(server.boltUri(), AuthTokens.none()), Optional.of(server));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Driver connect(String uri, AuthToken auth) {
        Config config = Config.builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        Driver driver = GraphDatabase.driver(uri, auth, config);
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        }
    }

    public Driver driver() {
        return driver;
    }

    /**
     * The graph of a command-line run or the server's start-up: named Cypher over this connection's driver, with the
     * schema migrations applied, each transaction limited to {@code timeout}.
     */
    public Graph migratedGraph(String database, java.time.Duration timeout) {
        Graph graph = new Graph(driver, CypherCatalog.fromClasspath(), database, timeout);
        SchemaMigrations.apply(graph);
        return graph;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    @Override
    public void close() {
        driver.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }
}
