package com.clientele.catalog;

import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the catalogue fields: one method per field of schema/catalog.graphqls. */
public final class CatalogDataFetchers implements FeatureFetchers {

    public static final String CHILDREN_BY_CATEGORY = "childrenByCategory";
    private static final String BUYERS_BY_PRODUCT = "buyersByProduct";
    private static final String PRODUCTS_BY_CATEGORY = "productsByCategory";

    private final CatalogRepository catalog;
    private final int maxPageSize;

    public CatalogDataFetchers(CatalogRepository catalog, int maxPageSize) {
        this.catalog = catalog;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("product", this::product)
                .query("products", this::products)
                .query("categories", this::categories)
                .field("Product", "category", this::categoryOfProduct)
                .field("Product", "buyerCount", this::buyerCount)
                .field("Category", "parent", this::parent)
                .field("Category", "productCount", this::productCount)
                .field("Category", "children", this::children)
                .backedBy("Product", Product.class)
                .backedBy("Category", Category.class)
                .backedBy("ProductConnection", Connection.class)
                .backedBy("ProductEdge", Connection.Edge.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(CatalogLoaders.PRODUCT_BY_ID, Loaders.byId(catalog::productsByIds));
        registry.register(CatalogLoaders.CATEGORY_BY_ID, Loaders.byId(catalog::categoriesByIds));
        registry.register(CHILDREN_BY_CATEGORY, Loaders.byId(catalog::childrenOf));
        registry.register(BUYERS_BY_PRODUCT, Loaders.byId(catalog::buyerCounts));
        registry.register(PRODUCTS_BY_CATEGORY, Loaders.byId(catalog::productCounts));
    }

    /** Query.product */
    public CompletableFuture<Product> product(DataFetchingEnvironment env) {
        return CatalogLoaders.product(env, env.getArgument("id"));
    }

    /** Query.products */
    public Connection<Product> products(DataFetchingEnvironment env) {
        PageRequest page = PageRequest.from(env, maxPageSize);
        Map<String, Object> order = env.getArgument("orderBy");
        String field = order == null ? "ID" : (String) order.get("field");
        boolean descending = order != null && "DESC".equals(order.get("direction"));
        return catalog.products(ProductFilter.fromInput(env.getArgument("filter")), field, descending, page)
                .toConnection(page);
    }

    /** Query.categories */
    public List<Category> categories(DataFetchingEnvironment env) {
        return catalog.allCategories();
    }

    /** Product.category */
    public CompletableFuture<Category> categoryOfProduct(DataFetchingEnvironment env) {
        Product product = env.getSource();
        return loadCategory(env, product.categoryId());
    }

    /** Category.productCount: counted only when selected, batched over the request's categories. */
    public CompletableFuture<Integer> productCount(DataFetchingEnvironment env) {
        Category category = env.getSource();
        return env.<String, Integer>getDataLoader(PRODUCTS_BY_CATEGORY).load(category.id())
                .thenApply(count -> count == null ? 0 : count);
    }

    /** Product.buyerCount: batched over the request's products, one statement per batch. */
    public CompletableFuture<Integer> buyerCount(DataFetchingEnvironment env) {
        Product product = env.getSource();
        return env.<String, Integer>getDataLoader(BUYERS_BY_PRODUCT).load(product.id());
    }

    /** Category.parent */
    public CompletableFuture<Category> parent(DataFetchingEnvironment env) {
        Category category = env.getSource();
        return loadCategory(env, category.parentId());
    }

    /** Category.children */
    public CompletableFuture<List<Category>> children(DataFetchingEnvironment env) {
        Category category = env.getSource();
        return env.<String, List<Category>>getDataLoader(CHILDREN_BY_CATEGORY).load(category.id())
                .thenApply(children -> children == null ? List.of() : children);
    }

    private static CompletableFuture<Category> loadCategory(DataFetchingEnvironment env, String categoryId) {
        if (categoryId == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CatalogLoaders.category(env, categoryId);
    }
}
