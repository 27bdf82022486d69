package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.SharedDatasets;
import com.clientele.support.UsesDataset;
import com.clientele.support.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** The UCI Online Retail import against the published cleaning baseline (one shared import for the class). */
@UsesDataset("online-retail")
class OnlineRetailImportTest {

    private static Path file;
    private static Graph graph;

    @BeforeAll
    static void importOnce() {
        file = SharedDatasets.require("online-retail/online_retail.csv");
        TestNeo4j neo4j = TestNeo4j.get();
        graph = neo4j.withDataset("online-retail", () -> {
            ImportReport report = new OnlineRetailImporter(neo4j.graph()).importFile(file, "online-retail");
            System.out.println("Online Retail first import:" + System.lineSeparator() + report.format());
        });
    }

    @Test
    void theGraphReproducesThePublishedBaselineExactly() {
        Record baseline = graph.readOne("ingest/online-retail/baseline", Map.of(), row -> row).orElseThrow();
        assertEquals(397_924, baseline.get("lines").asLong());
        assertEquals(4_339, baseline.get("customers").asLong());
        assertEquals(891_140_790L, Math.round(baseline.get("revenue").asDouble() * 100));
    }

    @Test
    void importingTheFileTwiceChangesNothingAndReportsTheCleaning() {
        GraphFingerprint before = GraphFingerprint.of(graph);
        ImportReport again = new OnlineRetailImporter(graph).importFile(file, "online-retail");
        System.out.println("Online Retail second import:" + System.lineSeparator() + again.format());
        assertEquals(before, GraphFingerprint.of(graph));
        FileReport report = again.file("online_retail.csv");
        assertEquals(541_909, report.rowsRead());
        assertEquals(397_924, report.rowsWritten());
        assertEquals(0, report.badRowCount());
        assertEquals(541_909 - 397_924, report.filteredCount());
        assertEquals(9_288, report.filtered().get(OnlineRetailRow.CANCELLATION));
    }

    @Test
    void linesAreNumberedByTheirPositionInTheWholeInvoice() {
        List<Long> lines = graph.read("ingest/order-lines", Map.of("orderId", "536365"), row -> row.get("line").asLong());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), lines);
        Map<String, Object> order = graph.readOne("ingest/product", Map.of("id", "85123A"),
                row -> row.get("product").asMap()).orElseThrow();
        assertEquals("WHITE HANGING HEART T-LIGHT HOLDER", order.get("name"));
        assertEquals(2.55, (Double) order.get("price"), 1e-9);
        assertEquals("2010-12-01", order.get("launchDate").toString());
    }

    @Test
    void postageAndFeesAreNonMerchandiseInTheirOwnCategory() {
        Map<String, Object> postage = graph.readOne("ingest/product", Map.of("id", "POST"),
                row -> row.get("product").asMap()).orElseThrow();
        assertEquals(false, postage.get("merchandise"));
        assertEquals("non-merchandise", postage.get("categoryId"));
        List<Record> categories = graph.read("ingest/category-distribution", Map.of(), row -> row);
        categories.forEach(row -> System.out.printf("category %-16s %-32s %5d products%n", row.get("id").asString(),
                row.get("name").asString(), row.get("products").asLong()));
        for (Record category : categories) {
            boolean nonMerchandiseCategory = category.get("id").asString().equals("non-merchandise");
            long expected = nonMerchandiseCategory ? category.get("products").asLong() : 0;
            assertEquals(expected, category.get("nonMerchandise").asLong(), category.get("id").asString());
        }
        assertTrue(categories.size() >= 11, "categories: " + categories.size());
        assertFalse(categories.get(0).get("id").asString().equals("or-other"), "Other must not be the largest");
    }
}
