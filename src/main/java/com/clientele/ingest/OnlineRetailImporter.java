package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Imports the UCI Online Retail file (InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,
 * Country) with the standard cleaning: only lines with a CustomerID, a positive Quantity and no cancellation
 * invoice are kept. Invoices become ONLINE orders, stock codes products with derived categories (see
 * {@link CategoryRules} and docs/import.md).
 */
public final class OnlineRetailImporter {

    public static final String FORMAT = "online-retail";
    public static final String DEFAULT_DATASET = "online-retail";
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private final Graph graph;
    private final CategoryRules rules = CategoryRules.load();
    private final CsvFileReader reader;

    public OnlineRetailImporter(Graph graph) {
        this(graph, DEFAULT_BATCH_SIZE);
    }

    public OnlineRetailImporter(Graph graph, int batchSize) {
        this.graph = graph;
        this.reader = new CsvFileReader(batchSize);
    }

    /** Imports the file and records it as the Dataset {@code datasetName}. */
    public ImportReport importFile(Path file, String datasetName) {
        long started = System.nanoTime();
        List<Map<String, Object>> categories = rules.categories().stream().map(OnlineRetailCategory::values).toList();
        graph.write("ingest/merge-categories", Map.of("categories", categories));
        FileReport report = new FileReport(file.getFileName().toString());
        try (CsvInput input = new CsvInput(report.file(), Files.newInputStream(file), Files.size(file))) {
            reader.read(input, report, new OnlineRetailSink(graph, rules, report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        ImportReport result = new ImportReport(datasetName, List.of(report),
                Duration.ofNanos(System.nanoTime() - started));
        DatasetRecord.record(graph, FORMAT, file.toAbsolutePath().normalize().toString(), result);
        return result;
    }
}
