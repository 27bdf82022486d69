package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Values;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Value;

/** Every product's {@link ProductFacts}, read at once: for the evaluation and the export, not the per-request path. */
public final class ProductCatalogue {

    private final Map<String, ProductFacts> products = new HashMap<>();

    public static ProductCatalogue read(Graph graph) {
        return graph.readInto("crosssell/product-facts", Map.of(), ProductCatalogue::new,
                (catalogue, r) -> catalogue.add(facts(r.get("product"))));
    }

    /** A catalogue of the given products. */
    public static ProductCatalogue of(Iterable<ProductFacts> products) {
        ProductCatalogue catalogue = new ProductCatalogue();
        products.forEach(catalogue::add);
        return catalogue;
    }

    /** Maps the {@code {id, name, categoryId, price, active, merchandise}} map the cross-sell queries return. */
    public static ProductFacts facts(Value map) {
        return new ProductFacts(Values.string(map, "id"), Values.string(map, "name"), Values.string(map, "categoryId"),
                Values.optionalNumber(map, "price"), Values.bool(map, "active", true),
                Values.bool(map, "merchandise", true));
    }

    private void add(ProductFacts facts) {
        products.put(facts.id(), facts);
    }

    /** The product's facts; an unknown id reads as a product that cannot be recommended. */
    public ProductFacts get(String productId) {
        ProductFacts facts = products.get(productId);
        return facts != null ? facts : new ProductFacts(productId, null, null, null, false, false);
    }
}
