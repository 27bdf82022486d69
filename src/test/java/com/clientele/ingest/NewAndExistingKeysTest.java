package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.TemporaryDirectories;
import com.clientele.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer CREATEs the keys a batch's lookup finds nowhere and MERGEs the others: both paths, a key repeated
 * inside one batch, and a replay, compared as whole graphs (every customer, order and line).
 */
class NewAndExistingKeysTest {

    private static final String CUSTOMERS = "id,name,email,gender,birth_year,occupation,income_band,region,city,"
            + "country,signup_date,preferred_channel\n";
    private static final String ORDERS = "id,customer_id,ordered_at,channel,discount\n";
    private static final String LINES = "order_id,line,product_id,quantity,unit_price\n";

    private final TestNeo4j neo4j = TestNeo4j.get();

    @AfterEach
    void graphWasChanged() {
        neo4j.forget();
    }

    private static Path folder(String customers, String orders, String lines) throws IOException {
        Path folder = TemporaryDirectories.create("clientele-keys");
        Files.writeString(folder.resolve("categories.csv"), "id,name,name_zh,parent_id\nhome,Home,家居,\n");
        Files.writeString(folder.resolve("products.csv"), "id,name,name_zh,category_id,price,launch_date,"
                + "merchandise,active\nP1,Lamp,灯,home,10.00,2023-01-01,true,true\n"
                + "P2,Mug,杯,home,4.00,2023-01-01,true,true\n");
        Files.writeString(folder.resolve("customers.csv"), CUSTOMERS + customers);
        Files.writeString(folder.resolve("orders.csv"), ORDERS + orders);
        Files.writeString(folder.resolve("order_lines.csv"), LINES + lines);
        return folder;
    }

    private static Path firstImport() throws IOException {
        return folder("C1,Ann,,,,,,,Beijing,,2023-01-01,\nC2,Bo,,,,,,,Shanghai,,2023-01-01,\n",
                "O1,C1,2023-02-01T10:00:00Z,ONLINE,0\n",
                "O1,1,P1,1,10.00\n");
    }

    private static ImportReport importFolder(Graph graph, Path folder, int batchSize) {
        return new ClienteleImporter(graph, batchSize).importFolder(CsvFolder.directory(folder), "keys");
    }

    private static List<String> facts(Graph graph) {
        return graph.read("test-support/import-facts", Map.of(), row -> row.get("fact").asString()).stream()
                .sorted().toList();
    }

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 1_000})
    void aKeyRepeatedInsideTheImportIsWrittenOnceByItsLastRow(int batchSize) throws IOException {
        Graph graph = neo4j.empty();
        importFolder(graph, folder("C1,Ann,,,,,,,Beijing,,2023-01-01,\nC1,Anna,,,,,,,,,2023-01-01,\n"
                        + "C2,Bo,,,,,,,Shanghai,,2023-01-01,\n",
                "O1,C1,2023-02-01T10:00:00Z,ONLINE,0\nO1,C2,2023-02-01T10:00:00Z,ONLINE,0.5\n",
                "O1,1,P1,1,10.00\nO1,1,P2,3,4.00\nO1,2,P1,1,10.00\n"), batchSize);
        assertEquals(List.of("customer C1 Anna -", "customer C2 Bo Shanghai",
                "line O1/1 P2 x3 at 4.0", "line O1/2 P1 x1 at 10.0",
                "order O1 by C2 total 11.0 lines 2"), facts(graph));
    }

    @Test
    void rowsWhoseKeysExistUpdateWhileNewKeysAreAddedBesideThem() throws IOException {
        Graph graph = neo4j.empty();
        importFolder(graph, firstImport(), 1_000);
        ImportReport report = importFolder(graph, folder("C1,Ann Li,,,,,,,Beijing,,2023-01-01,\n"
                        + "C3,Cy,,,,,,,,,2023-01-01,\n",
                "O1,C2,2023-02-01T10:00:00Z,ONLINE,0\nO2,C3,2023-03-01T10:00:00Z,OFFLINE,0\n",
                "O1,1,P2,2,4.00\nO1,2,P1,1,10.00\nO2,1,P2,1,4.00\n"), 1_000);
        assertEquals(0, report.badRowCount());
        assertEquals(List.of("customer C1 Ann Li Beijing", "customer C2 Bo Shanghai", "customer C3 Cy -",
                "line O1/1 P2 x2 at 4.0", "line O1/2 P1 x1 at 10.0", "line O2/1 P2 x1 at 4.0",
                "order O1 by C2 total 18.0 lines 2", "order O2 by C3 total 4.0 lines 1"), facts(graph));
    }

    @Test
    void replayingAnImportChangesNothing() throws IOException {
        Graph graph = neo4j.empty();
        Path folder = firstImport();
        importFolder(graph, folder, 1_000);
        List<String> first = facts(graph);
        GraphFingerprint fingerprint = GraphFingerprint.of(graph);
        importFolder(graph, folder, 1_000);
        assertEquals(List.of("customer C1 Ann Beijing", "customer C2 Bo Shanghai",
                "line O1/1 P1 x1 at 10.0", "order O1 by C1 total 10.0 lines 1"), first);
        assertEquals(first, facts(graph));
        assertEquals(fingerprint, GraphFingerprint.of(graph));
    }
}
