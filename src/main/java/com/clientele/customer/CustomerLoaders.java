package com.clientele.customer;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;

/**
 * The customer loaders of a request, for every feature with a field holding a customer id: batched and cached per
 * request ({@link CustomerDataFetchers} registers them), so a page of orders reads its customers in one statement.
 */
public final class CustomerLoaders {

    static final String BY_ID = "customerById";

    private CustomerLoaders() {
    }

    /** The customer with this id, or null when there is none. */
    public static CompletableFuture<Customer> byId(DataFetchingEnvironment env, String customerId) {
        return env.<String, Customer>getDataLoader(BY_ID).load(customerId);
    }

    /** Tells this request's loader a customer already read (or known absent: null), so no field reads it again. */
    public static void prime(DataFetchingEnvironment env, String customerId, CompletableFuture<Customer> customer) {
        env.<String, Customer>getDataLoader(BY_ID).prime(customerId, customer);
    }
}
