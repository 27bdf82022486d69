package com.clientele.order;

import com.clientele.catalog.CatalogLoaders;
import com.clientele.catalog.Product;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerLoaders;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.ChildPageKey;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the order fields: one method per field of schema/order.graphqls, plus Customer.orders. */
public final class OrderDataFetchers implements FeatureFetchers {

    public static final String BY_ID = "orderById";
    public static final String PAGES_BY_CUSTOMER = "orderPagesByCustomer";
    public static final String LINES_BY_ORDER = "linesByOrder";

    private final OrderRepository orders;
    private final int maxPageSize;

    public OrderDataFetchers(OrderRepository orders, int maxPageSize) {
        this.orders = orders;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("order", this::order)
                .field("Customer", "orders", this::ordersOfCustomer)
                .field("Order", "customer", this::customer)
                .field("Order", "lines", this::lines)
                .field("OrderLine", "product", this::product)
                .backedBy("Order", Order.class)
                .backedBy("OrderLine", OrderLine.class)
                .backedBy("OrderConnection", Connection.class)
                .backedBy("OrderEdge", Connection.Edge.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(BY_ID, Loaders.byId(orders::byIds));
        registry.register(PAGES_BY_CUSTOMER, Loaders.pagesByParent(orders::pagesByCustomer));
        registry.register(LINES_BY_ORDER, Loaders.byId(orders::linesByOrder));
    }

    /** Query.order */
    public CompletableFuture<Order> order(DataFetchingEnvironment env) {
        return env.<String, Order>getDataLoader(BY_ID).load(env.getArgument("id"));
    }

    /** Customer.orders */
    public CompletableFuture<Connection<Order>> ordersOfCustomer(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        PageRequest page = PageRequest.from(env, maxPageSize);
        return env.<ChildPageKey, Page<Order>>getDataLoader(PAGES_BY_CUSTOMER)
                .load(new ChildPageKey(customer.id(), page))
                .thenApply(result -> result.toConnection(page));
    }

    /** Order.customer */
    public CompletableFuture<Customer> customer(DataFetchingEnvironment env) {
        Order order = env.getSource();
        return CustomerLoaders.byId(env, order.customerId());
    }

    /** Order.lines */
    public CompletableFuture<List<OrderLine>> lines(DataFetchingEnvironment env) {
        Order order = env.getSource();
        return env.<String, List<OrderLine>>getDataLoader(LINES_BY_ORDER).load(order.id())
                .thenApply(lines -> lines == null ? List.of() : lines);
    }

    /** OrderLine.product */
    public CompletableFuture<Product> product(DataFetchingEnvironment env) {
        OrderLine line = env.getSource();
        return CatalogLoaders.product(env, line.productId());
    }
}
