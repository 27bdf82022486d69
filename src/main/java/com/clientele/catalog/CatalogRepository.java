package com.clientele.catalog;

import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads products and categories from the graph. */
public final class CatalogRepository {

    private final Graph graph;

    public CatalogRepository(Graph graph) {
        this.graph = graph;
    }

    public Map<String, Product> productsByIds(List<String> ids) {
        return graph.read("catalog/products-by-ids", Map.of("ids", ids), row -> Product.from(row.get("product")))
                .stream().collect(Collectors.toMap(Product::id, Function.identity()));
    }

    public Page<Product> products(ProductFilter filter, String sortField, boolean descending, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(filter.toParameters());
        parameters.put("sortField", sortField);
        parameters.put("descending", descending);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return graph.read("catalog/products-page", parameters, row -> new Page<>(
                row.get("products").asList(Product::from), row.get("total").asInt())).get(0);
    }

    public Map<String, Category> categoriesByIds(List<String> ids) {
        return graph.read("catalog/categories-by-ids", Map.of("ids", ids), row -> Category.from(row.get("category")))
                .stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    /** How many distinct customers ever ordered each given product, by product id (unknown ids absent). */
    public Map<String, Integer> buyerCounts(List<String> productIds) {
        return graph.read("catalog/buyer-counts", Map.of("ids", productIds),
                        row -> Map.entry(row.get("id").asString(), row.get("buyers").asInt()))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** How many products each given category's subtree holds, by category id (unknown ids absent). */
    public Map<String, Integer> productCounts(List<String> categoryIds) {
        return graph.read("catalog/product-counts", Map.of("ids", categoryIds),
                        row -> Map.entry(row.get("id").asString(), row.get("products").asInt()))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every category, roots first, then by id. */
    public List<Category> allCategories() {
        return graph.read("catalog/categories-all", Map.of(), row -> Category.from(row.get("category")));
    }

    /** The direct subcategories of each given category, by parent id. */
    public Map<String, List<Category>> childrenOf(List<String> parentIds) {
        return graph.read("catalog/categories-children", Map.of("ids", parentIds),
                        row -> Map.entry(row.get("parentId").asString(), row.get("children").asList(Category::from)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
