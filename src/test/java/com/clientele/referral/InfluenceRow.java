package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;

/** Test support: one customer's published influence as read back from the graph, best first. */
record InfluenceRow(String id, double score, long rank) {

    static List<InfluenceRow> top(Graph graph, int limit) {
        return graph.read("test-support/influence-ranking", Map.of("limit", limit),
                row -> new InfluenceRow(row.get("id").asString(), row.get("score").asDouble(), row.get("rank").asLong()));
    }
}
