package com.clientele.clv;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;

/** Test view of the CLV stored on every customer of the test graph (cypher/test-support/clv-of-customers). */
record ClvScores(String id, String state, Double value, Double alive, String churnRisk, boolean hasOrders) {

    static Map<String, ClvScores> read(Graph graph) {
        List<ClvScores> all = graph.read("test-support/clv-of-customers", Map.of(), row -> new ClvScores(
                row.get("id").asString(), row.get("state").isNull() ? null : row.get("state").asString(),
                row.get("value").isNull() ? null : row.get("value").asDouble(),
                row.get("alive").isNull() ? null : row.get("alive").asDouble(),
                row.get("churnRisk").isNull() ? null : row.get("churnRisk").asString(),
                row.get("hasOrders").asBoolean()));
        return all.stream().collect(java.util.stream.Collectors.toMap(ClvScores::id, clvScores -> clvScores));
    }

    /** Leaves a shared dataset as it was imported: no fits, no CLV properties. */
    static void remove(Graph graph) {
        graph.write("test-support/clv-remove-models", Map.of());
        graph.write("test-support/clv-remove-scores", Map.of());
    }

    boolean predictedWithSaneNumbers() {
        return "PREDICTED".equals(state) && value != null && Double.isFinite(value) && value >= 0
                && alive != null && alive >= 0 && alive <= 1;
    }
}
