package com.clientele.crosssell;

import com.clientele.catalog.Product;
import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.Map;

/**
 * Every product's {@link ProductFacts} by id: read at once for the evaluation, and kept by {@link CatalogueCopy} for
 * requests.
 */
public final class ProductCatalogue {

    private final Map<String, ProductFacts> products = new HashMap<>();

    public static ProductCatalogue read(Graph graph) {
        return graph.readInto("crosssell/all-products", Map.of(), ProductCatalogue::new,
                (catalogue, row) -> catalogue.add(ProductFacts.of(Product.from(row.get("product")))));
    }

    /** A catalogue of the given products. */
    public static ProductCatalogue of(Iterable<ProductFacts> products) {
        ProductCatalogue catalogue = new ProductCatalogue();
        products.forEach(catalogue::add);
        return catalogue;
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
