package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored cross-sell model, read into memory: each product's partners (most similar first) and the
 * popular lists, by product id. It changes only when the cross-sell refresh writes a new version.
 */
final class StoredModel {

    static final StoredModel NONE = new StoredModel(Map.of(), Map.of());

    private final Map<String, List<CoPurchase>> links;
    private final Map<String, List<PopularEntry>> popular;

    private StoredModel(Map<String, List<CoPurchase>> links, Map<String, List<PopularEntry>> popular) {
        this.links = links;
        this.popular = popular;
    }

    static StoredModel read(Graph graph) {
        Map<String, List<CoPurchase>> links = graph.readInto("crosssell/all-links", Map.of(), HashMap::new,
                (byProduct, row) -> byProduct.computeIfAbsent(row.get("productId").asString(), id -> new ArrayList<>())
                        .add(new CoPurchase(row.get("productId").asString(), row.get("partnerId").asString(),
                                row.get("baskets").asInt(), row.get("buyers").asInt(), row.get("support").asDouble(),
                                row.get("confidence").asDouble(), row.get("reverseConfidence").asDouble(),
                                row.get("lift").asDouble(), row.get("similarity").asDouble())));
        Map<String, List<PopularEntry>> popular = graph.readInto("crosssell/popular-entries", Map.of(),
                HashMap::new, (byKey, row) -> byKey.computeIfAbsent(row.get("key").asString(), key -> new ArrayList<>())
                        .add(new PopularEntry(row.get("productId").asString(), row.get("buyers").asInt())));
        return new StoredModel(links, popular);
    }

    List<CoPurchase> linksOf(String productId) {
        return links.getOrDefault(productId, List.of());
    }

    List<PopularEntry> popular(String key) {
        return popular.getOrDefault(key, List.of());
    }

    long linkCount() {
        return links.values().stream().mapToLong(List::size).sum();
    }

    /** A product of a popular list with the number of buyers it is ranked by. */
    record PopularEntry(String productId, int buyers) {
    }
}
