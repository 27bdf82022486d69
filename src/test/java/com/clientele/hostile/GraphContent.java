package com.clientele.hostile;

import com.clientele.neo4j.Graph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;

/**
 * The whole content of the graph as digests per label set and per relationship type: a count and an
 * order-independent sum of SHA-256 prefixes over every node's id, labels and properties (every relationship's
 * id, type, ends and properties). Any write, even one that keeps every count, changes it.
 */
record GraphContent(Map<String, String> digests) {

    static GraphContent of(Graph graph) {
        Map<String, long[]> sums = graph.readInto("test-support/hostile-node-contents", Map.of(), GraphContent::noSums,
                (into, record) -> add(into, "nodes " + labels(record), record.get("id").asString() + labels(record)
                        + properties(record)));
        sums.putAll(graph.readInto("test-support/hostile-relationship-contents", Map.of(), GraphContent::noSums,
                (into, record) -> add(into, "relationships " + record.get("type").asString(), record.get("id")
                        .asString() + ">" + record.get("start").asString() + ">" + record.get("end").asString()
                        + properties(record))));
        Map<String, String> digests = new TreeMap<>();
        sums.forEach((key, sum) -> digests.put(key, String.format("%d items, digest %016x", sum[0], sum[1])));
        return new GraphContent(digests);
    }

    /** What differs, one line per label set or type. */
    String differences(GraphContent after) {
        TreeMap<String, String> keys = new TreeMap<>(digests);
        keys.putAll(after.digests);
        return keys.keySet().stream().filter(key -> !String.valueOf(digests.get(key)).equals(
                String.valueOf(after.digests.get(key)))).map(key -> key + ": " + digests.get(key) + " before, "
                + after.digests.get(key) + " after").collect(Collectors.joining("; "));
    }

    private static String labels(Record record) {
        return record.get("labels").asList(value -> value.asString()).stream().sorted().collect(
                Collectors.joining(":"));
    }

    private static String properties(Record record) {
        return new TreeMap<>(record.get("properties").asMap()).toString();
    }

    private static TreeMap<String, long[]> noSums() {
        return new TreeMap<>();
    }

    private static void add(TreeMap<String, long[]> sums, String key, String content) {
        long[] sum = sums.computeIfAbsent(key, ignored -> new long[2]);
        sum[0]++;
        sum[1] += prefix(content);
    }

    private static long prefix(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
