package com.clientele.customer;

import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.LookAhead;
import com.clientele.graphql.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the customer fields: one method per field of schema/customer.graphqls. */
public final class CustomerDataFetchers implements FeatureFetchers {


    private final CustomerRepository customers;
    private final int maxPageSize;
    private final LookAhead children;

    public CustomerDataFetchers(CustomerRepository customers, int maxPageSize) {
        this(customers, maxPageSize, LookAhead.NONE);
    }

    /** {@code children} starts loading the customer's selected child fields together with the customer. */
    public CustomerDataFetchers(CustomerRepository customers, int maxPageSize, LookAhead children) {
        this.customers = customers;
        this.maxPageSize = maxPageSize;
        this.children = children;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("customer", this::customer)
                .query("customers", this::customers)
                .field("Customer", "ageBand", this::ageBand)
                .backedBy("Customer", Customer.class)
                .backedBy("CustomerConnection", Connection.class)
                .backedBy("CustomerEdge", Connection.Edge.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(CustomerLoaders.BY_ID, Loaders.byId(customers::byIds));
    }

    /** Query.customer */
    public CompletableFuture<Customer> customer(DataFetchingEnvironment env) {
        String id = env.getArgument("id");
        children.start(env, id);
        return CustomerLoaders.byId(env, id);
    }

    /** Query.customers */
    public Connection<Customer> customers(DataFetchingEnvironment env) {
        PageRequest page = PageRequest.from(env, maxPageSize);
        CustomerFilter filter = CustomerFilter.fromInput(env.getArgument("filter"));
        CustomerSort sort = CustomerSort.fromInput(env.getArgument("orderBy"));
        return customers.page(filter, sort, page);
    }

    /** Customer.ageBand */
    public String ageBand(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return AgeBand.of(customer.birthYear(), customers.currentYear()).map(Enum::name).orElse(null);
    }
}
