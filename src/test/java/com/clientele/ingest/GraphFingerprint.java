package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary of the whole graph that any change to imported data would alter: nodes per label, relationships per
 * type, and sums of key properties (rounded to cents so summation order cannot matter).
 */
public record GraphFingerprint(Map<String, Long> labels, Map<String, Long> relationships, Map<String, Long> sums) {

    public static GraphFingerprint of(Graph graph) {
        return new GraphFingerprint(counts(graph, "ingest/fingerprint-labels"),
                counts(graph, "ingest/fingerprint-relationships"), sums(graph));
    }

    private static Map<String, Long> counts(Graph graph, String statement) {
        Map<String, Long> counts = new TreeMap<>();
        graph.read(statement, Map.of(), row -> counts.put(row.get("key").asString(), row.get("value").asLong()));
        return counts;
    }

    private static Map<String, Long> sums(Graph graph) {
        Map<String, Long> sums = new TreeMap<>();
        graph.readOne("ingest/fingerprint-sums", Map.of(), row -> row).ifPresent(record -> record.keys().forEach(key ->
                sums.put(key, record.get(key).isNull() ? 0 : Math.round(record.get(key).asDouble() * 100))));
        return sums;
    }
}
