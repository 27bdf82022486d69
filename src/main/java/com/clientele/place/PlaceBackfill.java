package com.clientele.place;

import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, before serving: when the stored customers' place ids were resolved with another place table (or
 * none, in a store older than the table), resolves every customer's typed region and city again with the current
 * one, a page of customers per transaction, and records the table's version. So an edit of PLACES_CONFIG reaches
 * every stored customer at the next start; with an unchanged table this reads one node and does nothing.
 */
public final class PlaceBackfill {

    static final int PAGE = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(PlaceBackfill.class);

    private PlaceBackfill() {
    }

    /** Resolves the stored customers' places again if the table changed; returns how many customers it rewrote. */
    public static long run(Graph graph, PlaceTable table) {
        String resolvedWith = graph.readOne("place/resolved-version", Map.of(),
                state -> state.get("version").isNull() ? "" : state.get("version").asString()).orElse("");
        if (table.version().equals(resolvedWith)) {
            return 0;
        }
        long customers = 0;
        String after = "";
        while (true) {
            List<Map<String, Object>> rows = resolvedPage(graph, table, after);
            if (rows.isEmpty()) {
                break;
            }
            graph.write("place/write-place-ids", Map.of("rows", rows));
            customers += rows.size();
            after = (String) rows.get(rows.size() - 1).get("id");
        }
        graph.write("place/record-version", Map.of("version", table.version()));
        LOG.info("Places of {} customers resolved with place table {}", customers, table.version());
        return customers;
    }

    private static List<Map<String, Object>> resolvedPage(Graph graph, PlaceTable table, String after) {
        return graph.read("place/customers-after", Map.of("after", after, "limit", PAGE), customer -> {
            PlaceResolution place = PlaceResolution.of(table, text(customer.get("region")),
                    text(customer.get("city")));
            Map<String, Object> row = new HashMap<>();
            row.put("id", customer.get("id").asString());
            row.put("regionId", place.regionId());
            row.put("cityId", place.cityId());
            return row;
        });
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
