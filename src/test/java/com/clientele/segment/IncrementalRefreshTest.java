package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.clientele.support.TestNeo4j;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@UsesDataset(value = SeedGraph.DATASET, changesGraph = true)
class IncrementalRefreshTest {

    @AfterAll
    static void theGraphWasChanged() {
        TestNeo4j.get().forget();
    }

    private static Map<String, Object> classesOf(Graph graph, String id) {
        return graph.read("test-support/segment-classes", Map.of(), row -> row).stream()
                .filter(row -> row.get("id").asString().equals(id)).findFirst().orElseThrow().get("classes").asMap();
    }

    @Test
    void anOrderForOneChurnedCustomerReclassifiesOnlyThatCustomerAndRecordsOnlyItsSnapshot() {
        Graph graph = SeedGraph.load();
        String churned = graph.read("test-support/segment-classes", Map.of(), row -> row).stream()
                .filter(row -> "CHURNED".equals(row.get("classes").get("lifecycle").asString(null)))
                .map(row -> row.get("id").asString()).sorted().findFirst().orElseThrow();
        Map<String, Object> before = classesOf(graph, churned);
        graph.write("test-support/add-order", Map.of("customerId", churned, "productId", "P0001",
                "orderId", "O-incremental-1", "orderedAt", ZonedDateTime.parse("2025-12-30T10:00:00Z"), "channel", "ONLINE", "quantity", 1));

        RefreshSummary summary = new SegmentRefresh(graph, SegmentationConfig.defaults()).incremental(List.of(churned));

        assertEquals(1, summary.customers());
        assertEquals(1, summary.changed());
        List<String> snapshotted = graph.read("test-support/snapshots-of-refresh", Map.of("seq", summary.seq()),
                row -> row.get("id").asString());
        assertEquals(List.of(churned), snapshotted);
        assertNotEquals(before.get("lifecycle"), classesOf(graph, churned).get("lifecycle"));
        assertEquals("CHURNED", before.get("lifecycle"));
        assertEquals("MATURE", classesOf(graph, churned).get("lifecycle"), "a long-standing customer buying again");

        RefreshSummary again = new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.of(SeedGraph.AS_OF));
        assertEquals(0, graph.read("test-support/snapshots-of-refresh", Map.of("seq", again.seq()), row -> row).size()
                - again.changed(), "a full refresh snapshots exactly the customers it reports as changed");
    }
}
