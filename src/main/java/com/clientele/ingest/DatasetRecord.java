package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.Map;

/** Records an import in the graph as {@code (:Dataset {name, importedAt, format, source, rows...})}, by name. */
final class DatasetRecord {

    private DatasetRecord() {
    }

    static void record(Graph graph, String format, String source, ImportReport report) {
        graph.write("ingest/record-dataset", Map.of(
                "name", report.dataset(),
                "format", format,
                "source", source,
                "rowsRead", report.rowsRead(),
                "rowsWritten", report.rowsWritten(),
                "badRows", report.badRowCount()));
    }
}
