package com.clientele.bench;

import com.clientele.neo4j.Graph;
import java.util.Map;
import java.util.TreeMap;

/** Counts of nodes per label and relationships per type and the key sums, to tell whether a replay changed anything. */
final class BenchFingerprint {

    private BenchFingerprint() {
    }

    static Map<String, Long> of(Graph graph) {
        Map<String, Long> fingerprint = new TreeMap<>();
        for (String name : new String[] {"ingest/fingerprint-labels", "ingest/fingerprint-relationships"}) {
            graph.read(name, Map.of(), row -> fingerprint.put(row.get("key").asString(), row.get("value").asLong()));
        }
        graph.read("ingest/fingerprint-sums", Map.of(), row -> {
            row.asMap().forEach((key, value) -> fingerprint.put(key, Math.round(((Number) value).doubleValue() * 100)));
            return row;
        });
        fingerprint.remove("Dataset");
        return fingerprint;
    }
}
