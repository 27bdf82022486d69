package com.clientele.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured log line per /graphql request (key id, operation name, duration, cost, outcome, HTTP status) and
 * the request metrics: a timer by outcome and status, the cost distribution and a counter of throttled requests.
 * The outcome follows the status actually sent ({@link Outcome}).
 */
public final class RequestLog {

    static final String KEY_ID = "clientele.keyId";
    static final String OPERATION = "clientele.operation";
    static final String COST = "clientele.cost";
    public static final String OUTCOME = "clientele.outcome";
    private static final String STARTED = "clientele.started";
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    private final MeterRegistry metrics;
    private final DistributionSummary costs;
    private final Counter throttled;

    public RequestLog(MeterRegistry metrics) {
        this.metrics = metrics;
        this.costs = DistributionSummary.builder("clientele.graphql.cost")
                .description("Requested cost of GraphQL operations").register(metrics);
        this.throttled = Counter.builder("clientele.graphql.throttled")
                .description("GraphQL requests refused by the rate limit").register(metrics);
    }

    public void register(Javalin app, String path) {
        app.before(path, ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(path, this::record);
    }

    private void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        int status = ctx.statusCode();
        String outcome = Outcome.of(status, ctx.attribute(OUTCOME));
        Long cost = ctx.attribute(COST);
        Timer.builder("clientele.graphql.requests").description("GraphQL requests by outcome")
                .tag("outcome", outcome).tag("status", Integer.toString(status)).register(metrics).record(Duration.ofNanos(nanos));
        if (cost != null) {
            costs.record(cost);
        }
        if ("THROTTLED".equals(outcome)) {
            throttled.increment();
        }
        LOG.info("graphql request key={} operation={} durationMs={} cost={} outcome={} status={}",
                ctx.attribute(KEY_ID) == null ? "-" : ctx.attribute(KEY_ID),
                ctx.attribute(OPERATION) == null ? "-" : ctx.attribute(OPERATION), nanos / 1_000_000,
                cost == null ? "-" : cost, outcome, status);
    }
}
