package com.clientele.web;

import com.clientele.neo4j.Graph;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/** /health: the server is alive (it answers), and whether Neo4j answers a trivial query; 503 when it does not. */
public final class HealthHandler implements Handler {

    private final Graph graph;

    public HealthHandler(Graph graph) {
        this.graph = graph;
    }

    @Override
    public void handle(Context ctx) {
        long started = System.nanoTime();
        Map<String, Object> neo4j = new LinkedHashMap<>();
        boolean up = pingNeo4j();
        neo4j.put("status", up ? "UP" : "DOWN");
        neo4j.put("latencyMs", (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DEGRADED");
        body.put("neo4j", neo4j);
        ctx.status(up ? 200 : 503).contentType(MediaTypes.JSON).result(Json.write(body));
    }

    private boolean pingNeo4j() {
        try {
            return graph.read("maintenance/ping", Map.of(), row -> row.get("ok").asInt()).equals(java.util.List.of(1));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
