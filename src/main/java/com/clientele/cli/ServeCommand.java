package com.clientele.cli;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.clientele.app.StartupData;
import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.BindPolicy;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** `serve`: connects to Neo4j (starting the embedded one when NEO4J_URI is unset), migrates, seeds, serves HTTP. */
@Command(name = "serve", description = "Start the GraphQL server (configured by environment variables).")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        Neo4jConnection connection = Neo4jConnection.open(config.neo4j());
        Graph graph = connection.migratedGraph(config.neo4jDatabase(), java.time.Duration.ofMinutes(10));
        try {
            BindPolicy.check(config.host(), new ApiKeyStore(graph, Clock.systemUTC()).counts());
        } catch (IllegalStateException refused) {
            LOG.error("Refusing to start: {}", refused.getMessage());
            connection.close();
            return 2;
        }
        boolean refreshDue = StartupData.prepare(graph, config);
        Javalin app = App.create(config, connection.driver()).start(config.host(), config.port());
        LOG.info("Clientele ready in {} ms: http://{}:{}/graphql (GraphiQL at /graphiql), Neo4j {}",
                (System.nanoTime() - started) / 1_000_000, config.host(), app.port(),
                connection.isEmbedded() ? "embedded in " + config.dataDir().toAbsolutePath() : "external");
        if (refreshDue) {
            StartupData.refreshInBackground(graph, config);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            connection.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
