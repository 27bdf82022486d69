package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.TestNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clientele CSV format on the fixture folder src/test/resources/ingest/clientele (one bad row of each kind). */
class ClienteleImportTest {

    private static final List<String> EXPECTED_BAD_ROWS = List.of(
            "categories.csv:5: unknown category id 'nowhere'",
            "products.csv:5: unknown category id 'sports'",
            "products.csv:6: price: 'abc' is not a finite number",
            "customers.csv:7: missing required field id",
            "customers.csv:8: signup_date: '2023-13-45' is not a date (yyyy-MM-dd)",
            "orders.csv:4: unknown customer id 'C9'",
            "orders.csv:5: discount must be at least 0 and below 1, was 1.0",
            "orders.csv:6: order placed on 2023-01-15, before customer 'C4' signed up on 2023-02-01",
            "orders.csv:7: ordered_at: 'yesterday' is not a timestamp (yyyy-MM-ddTHH:mm:ssZ)",
            "order_lines.csv:6: quantity must be 1 to 1,000,000, was 0",
            "order_lines.csv:7: unknown order id 'O9'",
            "order_lines.csv:8: unknown product id 'P9'",
            "order_lines.csv:9: quantity: 'two' is not a whole number",
            "referrals.csv:4: self-referral: customer 'C3' cannot refer themselves",
            "referrals.csv:5: customer 'C3' was already referred by 'C2'",
            "referrals.csv:6: referral cycle: 'C3' is already in the downline of 'C1'");

    private final TestNeo4j neo4j = TestNeo4j.get();

    @AfterEach
    void graphWasChanged() {
        neo4j.forget();
    }

    private static ImportReport importFixture(Graph graph, int batchSize) {
        return new ClienteleImporter(graph, batchSize).importFolder(CsvFolder.classpath("ingest/clientele"), "fixture");
    }

    private static List<String> existing(Graph graph, String statement, List<String> ids) {
        return graph.read(statement, Map.of("ids", ids), row -> row.get("id").asString());
    }

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {2, 1_000})
    void everyBadRowIsReportedWithFileLineAndReasonAndWritesNothing(int batchSize) {
        Graph graph = neo4j.empty();
        ImportReport report = importFixture(graph, batchSize);
        List<String> badRows = report.files().stream().flatMap(fileReport -> fileReport.badRows().stream()).map(BadRow::toString)
                .toList();
        assertEquals(EXPECTED_BAD_ROWS, badRows);
        assertEquals(List.of("home", "kitchen", "toys"),
                existing(graph, "ingest/known-categories", List.of("home", "kitchen", "toys", "garden")));
        assertEquals(List.of("P1", "P2", "P3"), existing(graph, "ingest/known-products", List.of("P1", "P2", "P3",
                "P4", "P5")));
        assertEquals(List.of("O1", "O2"), existing(graph, "ingest/known-orders", List.of("O1", "O2", "O3", "O4",
                "O5", "O6")));
        GraphFingerprint fingerprint = GraphFingerprint.of(graph);
        assertEquals(5L, fingerprint.labels().get("Customer"));
        assertEquals(4L, fingerprint.relationships().get("CONTAINS"));
        assertEquals(3L, fingerprint.relationships().get("REFERRED"));
        assertEquals(2_100L + 4_050L, fingerprint.sums().get("orderTotal"), "O1 21.00 + O2 (40 + 5) × 0.9");
        assertEquals(4L * 100, fingerprint.sums().get("lineCount"));
    }

    @Test
    void importingTheSameFolderTwiceChangesNothing() {
        Graph graph = neo4j.empty();
        importFixture(graph, 1_000);
        GraphFingerprint first = GraphFingerprint.of(graph);
        ImportReport again = new ClienteleImporter(graph)
                .importFolder(CsvFolder.directory(Path.of("src/test/resources/ingest/clientele")), "fixture");
        assertEquals(first, GraphFingerprint.of(graph));
        assertEquals(EXPECTED_BAD_ROWS.size(), again.badRowCount());
        assertEquals(1L, first.labels().get("Dataset"));
    }

    @Test
    void referralsAreCheckedAgainstThoseAlreadyInTheGraph() {
        Graph graph = neo4j.empty();
        importFixture(graph, 1_000);
        ImportReport report = new ClienteleImporter(graph)
                .importFolder(CsvFolder.classpath("ingest/clientele-more-referrals"), "more-referrals");
        assertEquals(List.of(
                "referrals.csv:2: referral cycle: 'C4' is already in the downline of 'C1'",
                "referrals.csv:3: self-referral: customer 'C5' cannot refer themselves",
                "referrals.csv:4: customer 'C2' was already referred by 'C1'"),
                report.file("referrals.csv").badRows().stream().map(BadRow::toString).toList());
        assertEquals(2, report.file("referrals.csv").rowsWritten(), "the replayed referral and C4 -> C5");
        assertEquals(4L, GraphFingerprint.of(graph).relationships().get("REFERRED"));
        assertTrue(report.files().size() == 1, "missing files are skipped");
    }
}
