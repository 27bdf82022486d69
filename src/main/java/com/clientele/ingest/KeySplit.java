package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * The accepted rows of one import batch split by whether the graph already holds their key, told by one lookup:
 * rows with a new key are written with {@code CREATE}, each key once, by the last row that has it (what MERGE-ing
 * the rows one after the other would leave); rows whose key exists keep file order and are MERGEd.
 */
record KeySplit(List<Map<String, Object>> created, List<Map<String, Object>> existing) {

    /** Splits {@code rows} by {@code key}; {@code lookup} returns the stored keys, read by {@code storedKey}. */
    static KeySplit of(Graph graph, String lookup, List<Object> lookupIds, Function<Record, Object> storedKey,
            List<Map<String, Object>> rows, Function<Map<String, Object>, Object> key) {
        Set<Object> stored = new HashSet<>(graph.read(lookup, Map.of("ids", lookupIds), storedKey));
        Map<Object, Map<String, Object>> created = new LinkedHashMap<>();
        List<Map<String, Object>> existing = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object rowKey = key.apply(row);
            if (stored.contains(rowKey)) {
                existing.add(row);
                continue;
            }
            created.remove(rowKey);
            created.put(rowKey, row);
        }
        return new KeySplit(new ArrayList<>(created.values()), existing);
    }

    /** Splits rows keyed by their {@code idKey} value with a lookup returning {@code id}. */
    static KeySplit byId(Graph graph, String lookup, List<Map<String, Object>> rows, String idKey) {
        return of(graph, lookup, RowValues.distinct(rows, idKey), record -> record.get("id").asString(), rows,
                row -> row.get(idKey));
    }
}
