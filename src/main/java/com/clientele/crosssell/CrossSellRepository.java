package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.customer.Customer;
import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the stored cross-sell model: customers' evidence and products' partners, always for many ids at once. */
public final class CrossSellRepository {

    private final Graph graph;
    private final CrossSellModelCache model;

    public CrossSellRepository(Graph graph) {
        this.graph = graph;
        this.model = new CrossSellModelCache(graph);
    }

    /**
     * Each known customer's evidence, by customer id; unknown ids are absent. One query reads the customers'
     * histories; partners, product facts and popular lists come from the in-memory model of the same versions.
     */
    public Map<String, CustomerEvidence> evidence(List<String> customerIds) {
        Map<String, CustomerEvidence> byId = new HashMap<>();
        for (Record r : histories(customerIds, false)) {
            byId.put(r.get("id").asString(), toEvidence(r));
        }
        return byId;
    }

    /** One customer's profile with their evidence, by the same one query; empty for an unknown id. */
    Optional<ProfiledEvidence> profiledEvidence(String customerId) {
        return histories(List.of(customerId), true).stream().findFirst()
                .map(row -> new ProfiledEvidence(Customer.from(row.get("customer")), toEvidence(row)));
    }

    private List<Record> histories(List<String> customerIds, boolean withProfile) {
        return graph.read("crosssell/customer-history", Map.of("ids", customerIds, "withProfile", withProfile),
                row -> row);
    }

    /** The product as of the in-memory model last used for a recommendation; empty if it has none. */
    public Optional<Product> knownProduct(String productId) {
        return model.current().product(productId);
    }

    /** The category as of the in-memory model last used for a recommendation; empty if it has none. */
    public Optional<Category> knownCategory(String categoryId) {
        return model.current().category(categoryId);
    }

    /** Each product's partners meeting the minimum support, most similar first, at most {@code first}. */
    public Map<String, List<CoPurchase>> boughtTogether(List<String> productIds, int first, int minBaskets,
            double minSupport) {
        Map<String, Object> parameters = Map.of("ids", productIds, "first", first, "minBaskets", minBaskets,
                "minSupport", minSupport);
        Map<String, List<CoPurchase>> byId = new HashMap<>();
        graph.read("crosssell/bought-together", parameters, row -> row).forEach(row -> byId.put(row.get("id").asString(),
                row.get("links").asList(CrossSellRepository::toLink)));
        return byId;
    }

    /** The given categories with all their subcategories. */
    public Set<String> withSubcategories(Set<String> categoryIds) {
        if (categoryIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(graph.read("crosssell/category-descendants", Map.of("ids", List.copyOf(categoryIds)),
                row -> row.get("id").asString()));
    }

    private CustomerEvidence toEvidence(Record r) {
        CrossSellSnapshot snapshot = model.snapshotFor(r.get("modelVersion").asLong(),
                r.get("catalogueVersion").asLong());
        int orders = r.get("orders").asInt();
        List<OwnedProduct> owned = r.get("owned").asList(value -> new OwnedProduct(
                snapshot.facts(value.get("id").asString()), value.get("day").asLong(), value.get("orders").asInt(),
                snapshot.partnersOf(value.get("id").asString())));
        String region = r.get("region").isNull() ? null : r.get("region").asString();
        String segment = r.get("segment").isNull() ? null : r.get("segment").asString();
        List<PopularProduct> popular = PopularBlend.choose(orders, region, segment, snapshot::popular);
        return new CustomerEvidence(r.get("id").asString(), orders, owned, popular);
    }

    private static CoPurchase toLink(Value v) {
        return new CoPurchase(v.get("productId").asString(), v.get("partnerId").asString(), v.get("baskets").asInt(),
                v.get("buyers").asInt(), v.get("support").asDouble(), v.get("confidence").asDouble(),
                v.get("reverseConfidence").asDouble(), v.get("lift").asDouble(), v.get("similarity").asDouble());
    }
}
