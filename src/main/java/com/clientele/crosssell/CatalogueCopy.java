package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A copy of the catalogue, read into memory for scoring: every product (with the facts the scorer filters on)
 * and every category. It changes with every product or category write, which bumps the catalogue version.
 */
final class CatalogueCopy {

    static final CatalogueCopy NONE = new CatalogueCopy(Map.of(), Map.of());

    private final Map<String, Product> products;
    private final Map<String, Category> categories;
    private final ProductCatalogue facts;

    private CatalogueCopy(Map<String, Product> products, Map<String, Category> categories) {
        this.products = products;
        this.categories = categories;
        this.facts = ProductCatalogue.of(products.values().stream().map(ProductFacts::of).toList());
    }

    static CatalogueCopy read(Graph graph) {
        Map<String, Product> products = graph.readInto("crosssell/all-products", Map.of(), HashMap::new,
                (byId, row) -> {
                    Product product = Product.from(row.get("product"));
                    byId.put(product.id(), product);
                });
        Map<String, Category> categories = graph.readInto("catalog/categories-all", Map.of(), HashMap::new,
                (byId, row) -> {
                    Category category = Category.from(row.get("category"));
                    byId.put(category.id(), category);
                });
        return new CatalogueCopy(products, categories);
    }

    /** The product's facts; an unknown id reads as a product that cannot be recommended. */
    ProductFacts facts(String productId) {
        return facts.get(productId);
    }

    Optional<Product> product(String id) {
        return Optional.ofNullable(products.get(id));
    }

    Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }
}
