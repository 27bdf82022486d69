package com.clientele.clv;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;

/** Test view of the CLV stored on every customer of the test graph (cypher/test-support/clv-of-customers). */
record ClvScores(String id, String state, Double value, Double alive, String churnRisk, boolean hasOrders) {

    static Map<String, ClvScores> read(Graph graph) {
        List<ClvScores> all = graph.read("test-support/clv-of-customers", Map.of(), r -> new ClvScores(
                r.get("id").asString(), r.get("state").isNull() ? null : r.get("state").asString(),
                r.get("value").isNull() ? null : r.get("value").asDouble(),
                r.get("alive").isNull() ? null : r.get("alive").asDouble(),
                r.get("churnRisk").isNull() ? null : r.get("churnRisk").asString(),
                r.get("hasOrders").asBoolean()));
        return all.stream().collect(java.util.stream.Collectors.toMap(ClvScores::id, s -> s));
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
