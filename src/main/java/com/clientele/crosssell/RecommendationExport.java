package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Exports every customer's top recommendations, a page of customers at a time (one id query and one evidence
 * query per page), so memory stays flat however many customers there are. Customers are exported in id order.
 */
public final class RecommendationExport {

    public static final int PAGE = 1_000;

    private final Graph graph;
    private final CrossSellService service;

    public RecommendationExport(Graph graph, CrossSellService service) {
        this.graph = graph;
        this.service = service;
    }

    /** Writes every customer's recommendations and returns how many customers were written. */
    public long export(CrossSellRequest request, RecommendationWriter writer) throws IOException {
        long written = 0;
        String after = "";
        while (true) {
            List<String> ids = graph.read("crosssell/customer-ids-after", Map.of("after", after, "limit", PAGE),
                    row -> row.get("id").asString());
            if (ids.isEmpty()) {
                return written;
            }
            for (Map.Entry<String, List<Recommendation>> entry : service.recommend(ids, request).entrySet()) {
                writer.write(entry.getKey(), entry.getValue());
                written++;
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
