package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a CDNOW transaction file (Fader &amp; Hardie's CD retailer, see docs/import.md): the 2,357-customer sample
 * or the master file, LF or CRLF, an optional header line. Customers are {@code cdnow-<id>}, each row one ONLINE
 * order {@code cdnow-<id>-<row>} of one line of the single CD product, so re-importing a file changes nothing.
 */
public final class CdnowImporter {

    public static final String FORMAT = "cdnow";
    public static final String DEFAULT_DATASET = "cdnow";

    private static final List<String> STATEMENTS = List.of("ingest/merge-customers", "ingest/merge-orders",
            "ingest/merge-order-lines", "ingest/order-totals");
    private static final LocalDate CATALOGUE_DATE = LocalDate.of(1997, 1, 1);

    private final Graph graph;
    private final int batchSize;

    public CdnowImporter(Graph graph) {
        this(graph, OnlineRetailImporter.DEFAULT_BATCH_SIZE);
    }

    public CdnowImporter(Graph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    /** Imports the file and records it as the Dataset {@code datasetName}. */
    public ImportReport importFile(Path file, String datasetName) {
        long started = System.nanoTime();
        writeCatalogue();
        FileReport report = new FileReport(file.getFileName().toString());
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            readRows(reader, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        ImportReport result = new ImportReport(datasetName, List.of(report),
                Duration.ofNanos(System.nanoTime() - started));
        DatasetRecord.record(graph, FORMAT, file.toAbsolutePath().normalize().toString(), result);
        return result;
    }

    private void writeCatalogue() {
        graph.write("ingest/merge-categories", Map.of("categories", List.of(
                RowValues.of("id", "cdnow-music", "name", "Music CDs", "nameZh", "音乐CD"))));
        graph.writeTogether(List.of("ingest/merge-products", "catalog/touch-catalogue"), Map.of("products",
                List.of(RowValues.of("id", CdnowRow.PRODUCT_ID, "categoryId", "cdnow-music", "properties",
                        RowValues.of("name", "CD", "launchDate", CATALOGUE_DATE, "merchandise", true, "active",
                                true)))));
    }

    private void readRows(BufferedReader reader, FileReport report) throws IOException {
        List<CdnowRow> batch = new ArrayList<>(batchSize);
        long lineNumber = 0;
        long dataRow = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || lineNumber == 1 && !Character.isDigit(line.trim().charAt(0))) {
                continue;
            }
            report.read();
            dataRow++;
            try {
                batch.add(CdnowRow.parse(line, dataRow));
            } catch (BadRowException e) {
                report.bad(lineNumber, e.getMessage());
            }
            if (batch.size() >= batchSize) {
                write(batch, report);
            }
        }
        write(batch, report);
    }

    private void write(List<CdnowRow> batch, FileReport report) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> customers = new LinkedHashMap<>();
        batch.forEach(row -> customers.computeIfAbsent(row.customerId(),
                id -> RowValues.of("id", id, "properties", Map.of())));
        graph.writeTogether(STATEMENTS, Map.of(
                "customers", new ArrayList<>(customers.values()),
                "orders", batch.stream().map(CdnowRow::order).toList(),
                "lines", batch.stream().map(CdnowRow::line).toList(),
                "orderIds", batch.stream().map(CdnowRow::orderId).toList()));
        report.written(batch.size());
        batch.clear();
    }
}
