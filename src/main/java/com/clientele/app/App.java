package com.clientele.app;

import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.KeyCheckCache;
import com.clientele.graphql.GraphQLService;
import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.Graph;
import com.clientele.web.BoundedBody;
import com.clientele.web.ConcurrencyLimit;
import com.clientele.web.GraphQLHttpHandler;
import com.clientele.web.GraphiqlPage;
import com.clientele.web.HealthHandler;
import com.clientele.web.HttpLimits;
import com.clientele.web.JettyTuning;
import com.clientele.web.Json;
import com.clientele.web.Overload;
import com.clientele.web.RequestLog;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production wiring of the HTTP API over a Neo4j driver. Returns an unstarted server, so tests run exactly
 * this wiring on port 0 and {@link ServeCommand} runs it on the configured port.
 */
public final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static Javalin create(AppConfig config, Driver driver) {
        Graph graph = new Graph(driver, CypherCatalog.fromClasspath(), config.neo4jDatabase(), config.queryTimeout());
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        FunctionCounter.builder("clientele.neo4j.statements", graph, Graph::statementsRun)
                .description("Cypher statements run against Neo4j")
                .register(metrics);
        ApiKeyStore keys = ApiKeyStore.forServer(graph, Clock.systemUTC(), new KeyCheckCache(config.apiKeyCache()),
                config.host());
        GraphQLService graphql = ClienteleGraphQL.create(Features.over(graph, Clock.systemUTC(), config, keys),
                config.limits());
        long maxRequestBytes = config.limits().maxRequestBytes();

        HttpLimits http = config.http();
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.staticFiles.enableWebjars();
            javalin.http.maxRequestSize = maxRequestBytes;
            JettyTuning.apply(javalin, http);
        });
        new RequestLog(metrics).register(app, "/graphql");
        new GraphQLHttpHandler(graphql, keys, new BoundedBody(maxRequestBytes, http.minRequestBytesPerSecond()),
                new ConcurrencyLimit(http.maxConcurrentRequests(), http.queueWait(), http.retryAfterSeconds()))
                .register(app);
        app.get("/graphiql", new GraphiqlPage());
        app.get("/health", new HealthHandler(graph));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .contentType("application/json").result(Json.error("BAD_REQUEST", e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            if (Overload.isUnavailable(e)) {
                unavailable(ctx, e, http.retryAfterSeconds());
                return;
            }
            ctx.attribute(RequestLog.OUTCOME, "INTERNAL");
            String errorId = UUID.randomUUID().toString();
            LOG.error("internal error {} on {} {}", errorId, ctx.method(), ctx.path(), e);
            ctx.status(500).contentType("application/json")
                    .result(Json.error("INTERNAL", "internal error (id " + errorId + ")"));
        });
        return app;
    }

    private static void unavailable(Context ctx, Exception failure, long defaultRetryAfter) {
        long retryAfter = failure instanceof Overload overload ? overload.retryAfterSeconds() : defaultRetryAfter;
        String message = failure instanceof Overload ? failure.getMessage()
                : "the database cannot serve this request right now; retry after " + retryAfter + " s";
        LOG.warn("503 on {} {}: {}", ctx.method(), ctx.path(), failure.toString());
        ctx.attribute(RequestLog.OUTCOME, "SERVICE_UNAVAILABLE");
        ctx.status(503).header("Retry-After", Long.toString(retryAfter)).contentType("application/json")
                .result(Json.error("SERVICE_UNAVAILABLE", message));
    }
}
