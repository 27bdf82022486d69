package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.Map;
import java.util.TreeMap;

/** Counts and sums of the merchant's data (and, separately, of refresh bookkeeping), to compare before and after. */
public record DomainFingerprint(Map<String, Object> data, long refreshes) {

    public static DomainFingerprint of(Graph graph) {
        Map<String, Object> values = new TreeMap<>(graph.readOne("test-support/domain-fingerprint", Map.of(),
                record -> record.asMap()).orElseThrow());
        long refreshes = ((Number) values.remove("refreshes")).longValue();
        values.replaceAll((key, value) -> value instanceof Double d ? Math.round(d * 100) : value);
        return new DomainFingerprint(values, refreshes);
    }
}
