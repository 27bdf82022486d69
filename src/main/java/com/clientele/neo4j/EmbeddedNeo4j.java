package com.clientele.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j Community server running in this JVM, reachable only over Bolt on loopback.
 * The application talks to it through the Java driver exactly as it would to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /** Starts a server whose store lives in {@code home}; an existing store there is reopened. */
    public static EmbeddedNeo4j start(Path home) {
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(settings())
                .build();
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        var address = ports.getLocalAddress(ConnectorType.BOLT);
        String uri = "bolt://" + address.getHost() + ":" + address.getPort();
        LOG.info("Embedded Neo4j started in {} ms, store {}, Bolt {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), home.toAbsolutePath(), uri);
        return new EmbeddedNeo4j(service, uri);
    }

    private static Map<Setting<?>, Object> settings() {
        Map<Setting<?>, Object> settings = new HashMap<>();
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(HttpConnector.enabled, false);
        settings.put(HttpsConnector.enabled, false);
        // loopback only, so no one but this process can connect
        settings.put(GraphDatabaseSettings.auth_enabled, false);
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        settings.put(GraphDatabaseSettings.keep_logical_logs, "false");
        // benchmarks of large stores raise it with -Dclientele.pagecacheMb=N
        settings.put(GraphDatabaseSettings.pagecache_memory, Long.getLong("clientele.pagecacheMb", 512) * 1024 * 1024);
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
        return settings;
    }

    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        service.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
