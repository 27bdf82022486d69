package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import com.clientele.support.SeedGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed graph (with its cross-sell refresh) as cross-sell tests see it: the service as the API builds it (clock
 * at the seed's analysis date), customers with their order counts, and the planted bundles.
 */
final class SeedCrossSell {

    final Graph graph = SeedGraph.load();
    final CrossSellService service = new CrossSellService(new CrossSellRepository(graph),
            new CrossSellScorer(ScoringSettings.defaults()),
            Clock.fixed(SeedGraph.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));

    /** Every customer id with its number of orders, in id order. */
    Map<String, Integer> orderCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        graph.read("test-support/crosssell-customers", Map.of(), row -> row)
                .forEach(row -> counts.put(row.get("id").asString(), row.get("orders").asInt()));
        return counts;
    }

    /** Recommendations of every given customer, a batch at a time. */
    Map<String, List<Recommendation>> recommend(List<String> ids, CrossSellRequest request) {
        Map<String, List<Recommendation>> all = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CrossSellService.MAX_BATCH) {
            all.putAll(service.recommend(ids.subList(start, Math.min(ids.size(), start + CrossSellService.MAX_BATCH)),
                    request));
        }
        return all;
    }

    /** Each customer's bought product ids (key "products") and categories (key "categories"). */
    Map<String, Map<String, List<String>>> owned(List<String> ids) {
        Map<String, Map<String, List<String>>> owned = new HashMap<>();
        graph.read("test-support/crosssell-owned", Map.of("ids", ids), row -> row).forEach(row -> owned.put(
                row.get("id").asString(), Map.of("products", row.get("products").asList(value -> value.asString()),
                        "categories", row.get("categories").asList(value -> value.asString()))));
        return owned;
    }

    /** The planted bundles: bundle id to product ids. */
    static Map<String, List<String>> bundles() {
        try {
            Map<String, List<String>> bundles = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of("seed-data/planted/bundles.csv")).subList(1,
                    Files.readAllLines(Path.of("seed-data/planted/bundles.csv")).size())) {
                String[] cells = line.split(",");
                bundles.computeIfAbsent(cells[0], key -> new ArrayList<>()).add(cells[1]);
            }
            return bundles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
