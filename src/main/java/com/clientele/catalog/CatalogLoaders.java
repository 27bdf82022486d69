package com.clientele.catalog;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;

/**
 * The catalogue loaders of a request, for every feature with a field holding a product id: batched and cached per
 * request ({@link CatalogDataFetchers} registers them).
 */
public final class CatalogLoaders {

    static final String PRODUCT_BY_ID = "productById";
    static final String CATEGORY_BY_ID = "categoryById";

    private CatalogLoaders() {
    }

    /** The product with this id (OrderLine.product and any other field holding a product id), or null. */
    public static CompletableFuture<Product> product(DataFetchingEnvironment env, String productId) {
        return env.<String, Product>getDataLoader(PRODUCT_BY_ID).load(productId);
    }

    /** The category with this id, or null. */
    public static CompletableFuture<Category> category(DataFetchingEnvironment env, String categoryId) {
        return env.<String, Category>getDataLoader(CATEGORY_BY_ID).load(categoryId);
    }
}
