package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One version of everything scoring reads besides the customer's own history: every product and category, each
 * product's stored partners and the popular lists. It changes only when the cross-sell refresh writes a new model or a product
 * is written, so {@link CrossSellModelCache} keeps it in memory per (model version, catalogue version).
 */
final class CrossSellSnapshot {

    static final CrossSellSnapshot NONE = new CrossSellSnapshot(-1, -1, Map.of(), Map.of(),
            ProductCatalogue.of(List.of()), Map.of(), Map.of());

    private final long modelVersion;
    private final long catalogueVersion;
    private final Map<String, Product> products;
    private final Map<String, Category> categories;
    private final ProductCatalogue catalogue;
    private final Map<String, List<Partner>> partners;
    private final Map<String, List<RankedProduct>> popular;

    private CrossSellSnapshot(long modelVersion, long catalogueVersion, Map<String, Product> products,
            Map<String, Category> categories, ProductCatalogue catalogue, Map<String, List<Partner>> partners,
            Map<String, List<RankedProduct>> popular) {
        this.modelVersion = modelVersion;
        this.catalogueVersion = catalogueVersion;
        this.products = products;
        this.categories = categories;
        this.catalogue = catalogue;
        this.partners = partners;
        this.popular = popular;
    }

    /** Reads the products, links and popular lists stored now, labelled with the versions they were read for. */
    static CrossSellSnapshot read(Graph graph, long modelVersion, long catalogueVersion) {
        Map<String, Product> products = graph.readInto("crosssell/all-products", Map.of(), HashMap::new,
                (byId, r) -> put(byId, Product.from(r.get("product")), Product::id));
        Map<String, Category> categories = graph.readInto("catalog/categories-all", Map.of(), HashMap::new,
                (byId, r) -> put(byId, Category.from(r.get("category")), Category::id));
        ProductCatalogue catalogue = ProductCatalogue.of(products.values().stream().map(CrossSellSnapshot::facts)
                .toList());
        Map<String, List<Partner>> partners = graph.readInto("crosssell/all-links", Map.of(), HashMap::new,
                (byProduct, r) -> byProduct.computeIfAbsent(r.get("productId").asString(), id -> new ArrayList<>())
                        .add(new Partner(catalogue.get(r.get("partnerId").asString()), r.get("similarity").asDouble(),
                                r.get("baskets").asInt(), r.get("confidence").asDouble(), r.get("lift").asDouble())));
        Map<String, List<RankedProduct>> popular = graph.readInto("crosssell/popular-entries", Map.of(),
                HashMap::new, (byKey, r) -> addRecommendable(byKey, r.get("key").asString(),
                        new RankedProduct(catalogue.get(r.get("productId").asString()), r.get("buyers").asInt())));
        return new CrossSellSnapshot(modelVersion, catalogueVersion, products, categories, catalogue, partners,
                popular);
    }

    private static <T> void put(Map<String, T> byId, T value, Function<T, String> id) {
        byId.put(id.apply(value), value);
    }

    private static ProductFacts facts(Product p) {
        return new ProductFacts(p.id(), p.name(), p.categoryId(), p.price(), p.active(), p.merchandise());
    }

    private static void addRecommendable(Map<String, List<RankedProduct>> byKey, String key, RankedProduct entry) {
        List<RankedProduct> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (entry.product().recommendable()) {
            list.add(entry);
        }
    }

    boolean isFor(long model, long catalogueState) {
        return modelVersion == model && catalogueVersion == catalogueState;
    }

    ProductFacts facts(String productId) {
        return catalogue.get(productId);
    }

    Optional<Product> product(String id) {
        return Optional.ofNullable(products.get(id));
    }

    Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    List<Partner> partnersOf(String productId) {
        return partners.getOrDefault(productId, List.of());
    }

    /** The popular list under this key ({@link PopularLists#OVERALL}, a region key, a segment key); empty if none. */
    List<RankedProduct> popular(String key) {
        return key == null ? List.of() : popular.getOrDefault(key, List.of());
    }
}
