package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;

/** One file of the clientele CSV format: how a row is parsed, checked against the graph and written. */
interface ClienteleTable {

    /** The file name, e.g. {@code orders.csv}. */
    String file();

    /** Parses one row into the values the write statements take; throws for a row that is bad on its own. */
    Map<String, Object> parse(Cells cells) throws BadRowException;

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
}
