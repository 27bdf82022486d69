package com.clientele.web;

import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.Caller;
import com.clientele.graphql.GraphQLRequest;
import com.clientele.graphql.GraphQLResponse;
import com.clientele.graphql.GraphQLService;
import com.clientele.vocabulary.Language;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;

/**
 * /graphql as the GraphQL-over-HTTP spec has it: POST with a JSON body, GET with query parameters (queries only),
 * answers in application/graphql-response+json when the client accepts it (400 when the request could not be
 * executed at all), else application/json (200 for every well-formed request). A request needs a valid
 * {@code Authorization: Bearer <key>} once keys exist (401 otherwise); a throttled one gets 429 with Retry-After.
 * The body is read counting its bytes ({@link BoundedBody}); at most a fixed number of requests run at once, and
 * one that finds no place in time, or that the database cannot serve, gets 503 with Retry-After.
 */
public final class GraphQLHttpHandler {

    private static final String PATH = "/graphql";

    private final GraphQLService graphql;
    private final ApiKeyStore keys;
    private final BoundedBody bodies;
    private final ConcurrencyLimit concurrency;

    public GraphQLHttpHandler(GraphQLService graphql, ApiKeyStore keys, BoundedBody bodies,
            ConcurrencyLimit concurrency) {
        this.graphql = graphql;
        this.keys = keys;
        this.bodies = bodies;
        this.concurrency = concurrency;
    }

    public void register(Javalin app) {
        app.post(PATH, this::post);
        app.get(PATH, this::get);
        for (HandlerType other : new HandlerType[] {HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE}) {
            app.addHttpHandler(other, PATH, ctx -> reject(ctx, new RequestRejected(405, "BAD_REQUEST",
                    "use POST (or GET for queries) on /graphql"), "GET, POST"));
        }
    }

    private void post(Context ctx) {
        String mediaType = MediaTypes.negotiate(ctx.header("Accept")).orElse(null);
        if (mediaType == null) {
            reject(ctx, notAcceptable(), null);
            return;
        }
        if (!MediaTypes.isJson(ctx.contentType())) {
            reject(ctx, new RequestRejected(415, "BAD_REQUEST", "send the request as Content-Type: application/json"),
                    null);
            return;
        }
        byte[] body;
        try {
            body = bodies.read(ctx);
        } catch (RequestRejected rejected) {
            reject(ctx, rejected, null);
            return;
        }
        concurrency.run(() -> respond(ctx, mediaType, () -> GraphQLRequestParser.fromBody(body)));
    }

    private void get(Context ctx) {
        String mediaType = MediaTypes.negotiate(ctx.header("Accept")).orElse(null);
        if (mediaType == null) {
            reject(ctx, notAcceptable(), null);
            return;
        }
        concurrency.run(() -> respond(ctx, mediaType, () -> {
            GraphQLRequest request = GraphQLRequestParser.fromParameters(ctx.queryParam("query"),
                    ctx.queryParam("operationName"), ctx.queryParam("variables"));
            if (OperationKind.isMutation(request.query(), request.operationName())) {
                throw new RequestRejected(405, "BAD_REQUEST", "mutations must be sent with POST");
            }
            return request;
        }));
    }

    private void respond(Context ctx, String mediaType, RequestReader reader) {
        Optional<Caller> caller = keys.authenticate(ctx.header("Authorization"));
        if (caller.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"clientele\"");
            reject(ctx, new RequestRejected(401, "UNAUTHENTICATED",
                    "send a valid, unrevoked API key as Authorization: Bearer <key>"), null);
            return;
        }
        ctx.attribute(RequestLog.KEY_ID, caller.get().keyId());
        GraphQLRequest request;
        try {
            request = reader.read();
        } catch (RequestRejected rejected) {
            reject(ctx, rejected, rejected.status() == 405 ? "POST" : null);
            return;
        }
        ctx.attribute(RequestLog.OPERATION, request.operationName());
        GraphQLResponse response = graphql.execute(
                request.inLanguage(Language.fromAcceptLanguage(ctx.header("Accept-Language"))), caller.get());
        ctx.attribute(RequestLog.COST, response.cost());
        ctx.attribute(RequestLog.OUTCOME, response.outcome());
        int status = response.executed() || !MediaTypes.GRAPHQL_RESPONSE.equals(mediaType) ? 200 : 400;
        if (response.retryAfterSeconds() > 0) {
            status = 429;
            ctx.header("Retry-After", Long.toString(response.retryAfterSeconds()));
        }
        if (unavailable(response)) {
            throw new Overload("the database cannot serve this request right now; retry later",
                    concurrency.retryAfterSeconds());
        }
        ctx.status(status).contentType(mediaType + "; charset=utf-8")
                .result(Json.write(response.result().toSpecification()));
    }

    private static void reject(Context ctx, RequestRejected rejected, String allow) {
        ctx.attribute(RequestLog.OUTCOME, rejected.code());
        if (allow != null) {
            ctx.header("Allow", allow);
        }
        if (rejected.status() == 413) {
            ctx.header("Connection", "close");
        }
        ctx.status(rejected.status()).contentType(MediaTypes.JSON + "; charset=utf-8")
                .result(Json.error(rejected.code(), rejected.getMessage()));
    }

    /** True when an error says the database could not serve (pool exhausted, unreachable): a 503, not an answer. */
    private static boolean unavailable(GraphQLResponse response) {
        return response.result().getErrors().stream().map(error -> error.getExtensions() == null ? null
                : error.getExtensions().get("code")).anyMatch("SERVICE_UNAVAILABLE"::equals);
    }

    private static RequestRejected notAcceptable() {
        return new RequestRejected(406, "BAD_REQUEST",
                "this endpoint answers application/graphql-response+json or application/json");
    }

    @FunctionalInterface
    private interface RequestReader {
        GraphQLRequest read();
    }
}
