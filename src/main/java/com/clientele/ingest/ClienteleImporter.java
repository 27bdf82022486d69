package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the project's own CSV format (docs/data-model.md): the six files of a folder in dependency order, each
 * streamed in batches of one transaction; a missing file is skipped. Every write MERGEs on ids, so importing the
 * same folder again changes nothing.
 */
public final class ClienteleImporter {

    public static final String FORMAT = "clientele";
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(ClienteleImporter.class);
    private final Graph graph;
    private final CsvFileReader reader;
    private final List<ClienteleTable> tables;

    /** An importer resolving places through the shipped place table. */
    public ClienteleImporter(Graph graph) {
        this(graph, DEFAULT_BATCH_SIZE, PlaceTable.shipped());
    }

    public ClienteleImporter(Graph graph, int batchSize) {
        this(graph, batchSize, Clock.systemUTC(), PlaceTable.shipped());
    }

    /** An importer whose "today" (for dates that must not lie in the future) comes from {@code clock}. */
    public ClienteleImporter(Graph graph, int batchSize, Clock clock) {
        this(graph, batchSize, clock, PlaceTable.shipped());
    }

    public ClienteleImporter(Graph graph, int batchSize, PlaceTable places) {
        this(graph, batchSize, Clock.systemUTC(), places);
    }

    /** An importer with its "today" from {@code clock} and regions and cities resolved through {@code places}. */
    public ClienteleImporter(Graph graph, int batchSize, Clock clock, PlaceTable places) {
        this.graph = graph;
        this.reader = new CsvFileReader(batchSize);
        this.tables = List.of(new CategoriesTable(), new ProductsTable(), new CustomersTable(clock, places),
                new OrdersTable(clock), new OrderLinesTable(), new ReferralsTable());
    }

    /** Imports every file the folder has, records the Dataset {@code datasetName} and returns the report. */
    public ImportReport importFolder(CsvFolder folder, String datasetName) {
        long started = System.nanoTime();
        List<FileReport> files = new ArrayList<>();
        for (ClienteleTable table : tables) {
            importTable(folder, table).ifPresent(files::add);
        }
        ImportReport report = new ImportReport(datasetName, files, Duration.ofNanos(System.nanoTime() - started));
        DatasetRecord.record(graph, FORMAT, folder.describe(), report);
        return report;
    }

    private Optional<FileReport> importTable(CsvFolder folder, ClienteleTable table) {
        try {
            Optional<CsvInput> opened = folder.open(table.file());
            if (opened.isEmpty()) {
                LOG.info("{} has no {}: skipped", folder.describe(), table.file());
                return Optional.empty();
            }
            try (CsvInput input = opened.get()) {
                FileReport report = new FileReport(table.file());
                reader.read(input, report, new ClienteleSink(graph, table, report));
                return Optional.of(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table.file() + " in " + folder.describe(), e);
        }
    }
}
