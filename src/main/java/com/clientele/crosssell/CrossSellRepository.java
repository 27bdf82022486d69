package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the stored cross-sell model: customers' evidence and products' partners, always for many ids at once. */
public final class CrossSellRepository {

    private final Graph graph;

    public CrossSellRepository(Graph graph) {
        this.graph = graph;
    }

    /** Each known customer's evidence in one query, by customer id; unknown ids are absent. */
    public Map<String, CustomerEvidence> evidence(List<String> customerIds) {
        Map<String, Object> parameters = Map.of("ids", customerIds,
                "coldStartMaxOrders", PopularBlend.COLD_START_MAX_ORDERS);
        Map<String, CustomerEvidence> byId = new HashMap<>();
        graph.read("crosssell/customer-evidence", parameters, CrossSellRepository::toEvidence)
                .forEach(e -> byId.put(e.customerId(), e));
        return byId;
    }

    /** Each product's partners meeting the minimum support, most similar first, at most {@code first}. */
    public Map<String, List<CoPurchase>> boughtTogether(List<String> productIds, int first, int minBaskets,
            double minSupport) {
        Map<String, Object> parameters = Map.of("ids", productIds, "first", first, "minBaskets", minBaskets,
                "minSupport", minSupport);
        Map<String, List<CoPurchase>> byId = new HashMap<>();
        graph.read("crosssell/bought-together", parameters, r -> r).forEach(r -> byId.put(r.get("id").asString(),
                r.get("links").asList(CrossSellRepository::toLink)));
        return byId;
    }

    /** The given categories with all their subcategories. */
    public Set<String> withSubcategories(Set<String> categoryIds) {
        if (categoryIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(graph.read("crosssell/category-descendants", Map.of("ids", List.copyOf(categoryIds)),
                r -> r.get("id").asString()));
    }

    private static CustomerEvidence toEvidence(Record r) {
        int orders = r.get("orders").asInt();
        List<OwnedProduct> owned = r.get("owned").asList(o -> new OwnedProduct(
                ProductCatalogue.facts(o.get("product")), o.get("day").asLong(), o.get("orders").asInt(),
                o.get("partners").asList(p -> new Partner(ProductCatalogue.facts(p.get("product")),
                        p.get("similarity").asDouble(), p.get("baskets").asInt(), p.get("confidence").asDouble(),
                        p.get("lift").asDouble()))));
        String region = r.get("region").isNull() ? null : r.get("region").asString();
        String segment = r.get("segment").isNull() ? null : r.get("segment").asString();
        List<PopularProduct> popular = PopularBlend.choose(orders, ranked(r.get("overall")), region,
                ranked(r.get("inRegion")), segment, ranked(r.get("inSegment")));
        return new CustomerEvidence(r.get("id").asString(), orders, owned, popular);
    }

    private static List<RankedProduct> ranked(Value list) {
        return list.asList(v -> new RankedProduct(ProductCatalogue.facts(v.get("product")), v.get("buyers").asInt()))
                .stream().filter(p -> p.product().recommendable()).toList();
    }

    private static CoPurchase toLink(Value v) {
        return new CoPurchase(v.get("productId").asString(), v.get("partnerId").asString(), v.get("baskets").asInt(),
                v.get("buyers").asInt(), v.get("support").asDouble(), v.get("confidence").asDouble(),
                v.get("reverseConfidence").asDouble(), v.get("lift").asDouble(), v.get("similarity").asDouble());
    }
}
