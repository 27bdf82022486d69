package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test support: loads a SNAP edge list ({@code #} comment lines, then {@code A<TAB>B} per line, CRLF or LF) into
 * Neo4j as customers and referrals such that referral credit flows from A to B, i.e. line {@code A B} becomes
 * {@code (B)-[:REFERRED]->(A)}, in batches of {@value #BATCH_SIZE} edges.
 */
final class DirectedEdgeLoader {

    private static final int BATCH_SIZE = 10_000;
    private static final String STATEMENT = "test-support/load-directed-edges";

    private DirectedEdgeLoader() {
    }

    static void load(Graph graph, Path edgeList) {
        try (BufferedReader reader = Files.newBufferedReader(edgeList, StandardCharsets.US_ASCII)) {
            List<Map<String, Object>> batch = new ArrayList<>(BATCH_SIZE);
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                addEdge(batch, line.strip(), edgeList, lineNumber);
                flushWhenFull(graph, batch, BATCH_SIZE);
            }
            flushWhenFull(graph, batch, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + edgeList, e);
        }
    }

    private static void addEdge(List<Map<String, Object>> batch, String line, Path file, int lineNumber) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        String[] ends = line.split("\t");
        if (ends.length != 2) {
            throw new IllegalStateException(file + " line " + lineNumber + " is not `A<TAB>B`: " + line);
        }
        batch.add(Map.of("source", ends[0], "target", ends[1]));
    }

    private static void flushWhenFull(Graph graph, List<Map<String, Object>> batch, int fullSize) {
        if (batch.size() < fullSize) {
            return;
        }
        graph.write(STATEMENT, Map.of("edges", List.copyOf(batch)));
        batch.clear();
    }
}
