package com.clientele.web;

import com.clientele.graphql.GraphQLRequest;
import com.clientele.graphql.GraphQLService;
import com.clientele.strategy.Language;
import graphql.ExecutionResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * /graphql as the GraphQL-over-HTTP spec has it: POST with a JSON body, GET with query parameters (queries only),
 * answers in application/graphql-response+json when the client accepts it (400 when the request could not be
 * executed at all), else application/json (200 for every well-formed request).
 */
public final class GraphQLHttpHandler {

    private static final String PATH = "/graphql";

    private final GraphQLService graphql;

    public GraphQLHttpHandler(GraphQLService graphql) {
        this.graphql = graphql;
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
        respond(ctx, mediaType, () -> GraphQLRequestParser.fromBody(ctx.body()));
    }

    private void get(Context ctx) {
        String mediaType = MediaTypes.negotiate(ctx.header("Accept")).orElse(null);
        if (mediaType == null) {
            reject(ctx, notAcceptable(), null);
            return;
        }
        respond(ctx, mediaType, () -> {
            GraphQLRequest request = GraphQLRequestParser.fromParameters(ctx.queryParam("query"),
                    ctx.queryParam("operationName"), ctx.queryParam("variables"));
            if (OperationKind.isMutation(request.query(), request.operationName())) {
                throw new RequestRejected(405, "BAD_REQUEST", "mutations must be sent with POST");
            }
            return request;
        });
    }

    private void respond(Context ctx, String mediaType, RequestReader reader) {
        GraphQLRequest request;
        try {
            request = reader.read();
        } catch (RequestRejected rejected) {
            reject(ctx, rejected, rejected.status() == 405 ? "POST" : null);
            return;
        }
        ExecutionResult result = graphql.execute(request.inLanguage(Language.fromAcceptLanguage(ctx.header("Accept-Language"))));
        boolean notExecuted = !result.isDataPresent();
        int status = notExecuted && MediaTypes.GRAPHQL_RESPONSE.equals(mediaType) ? 400 : 200;
        ctx.status(status).contentType(mediaType + "; charset=utf-8").result(Json.write(result.toSpecification()));
    }

    private static void reject(Context ctx, RequestRejected rejected, String allow) {
        if (allow != null) {
            ctx.header("Allow", allow);
        }
        ctx.status(rejected.status()).contentType(MediaTypes.JSON + "; charset=utf-8")
                .result(Json.error(rejected.code(), rejected.getMessage()));
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
