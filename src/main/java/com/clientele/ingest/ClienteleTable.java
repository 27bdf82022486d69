package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;

/** One file of the clientele CSV format: how a row is parsed, checked against the graph and written. */
interface ClienteleTable {

    /** The file name, e.g. {@code orders.csv}. */
    String file();

    /** Reads one row with the bounds of {@link InputBounds}: its values and every problem it has on its own. */
    ParsedRow read(Cells cells);

    /** Parses one row into the values the write statements take; throws (with every problem) for a bad row. */
    default Map<String, Object> parse(Cells cells) throws BadRowException {
        return read(cells).valuesOrThrow();
    }

    /** What is doubtful but written all the same about a parsed row (e.g. a place spelling nobody knows). */
    default List<String> warnings(Map<String, Object> row) {
        return List.of();
    }

    /** The checks of one batch that need the graph, prepared with one lookup per kind of id. */
    RowCheck checks(Graph graph, List<Map<String, Object>> rows);

    /** The write statements, run together in one transaction per batch. */
    List<String> statements();

    /** The parameters of the write statements for the accepted rows of a batch. */
    Map<String, Object> parameters(List<Map<String, Object>> rows);

    /**
     * How an import writes the accepted rows of a batch; by default the MERGE statements. A table may first look up
     * which keys are new (one read per batch) and CREATE those ({@link KeySplit}).
     */
    default BatchWrite batchWrite(Graph graph, List<Map<String, Object>> rows) {
        return new BatchWrite(statements(), parameters(rows));
    }
}
