package com.clientele.order;

import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads orders and their lines from the graph, always for many parents at once. */
public final class OrderRepository {

    private final Graph graph;

    public OrderRepository(Graph graph) {
        this.graph = graph;
    }

    public Map<String, Order> byIds(List<String> ids) {
        return graph.read("order/by-ids", Map.of("ids", ids), row -> Order.from(row.get("order")))
                .stream().collect(Collectors.toMap(Order::id, Function.identity()));
    }

    /** The same page of each customer's orders, newest first, by customer id. */
    public Map<String, Page<Order>> pagesByCustomer(List<String> customerIds, PageRequest page) {
        Map<String, Object> parameters = Map.of("ids", customerIds, "offset", page.offset(), "limit", page.limit());
        return graph.read("order/pages-by-customer", parameters, row -> Map.entry(row.get("customerId").asString(),
                        new Page<>(row.get("orders").asList(Order::from), row.get("total").asInt())))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The lines of each order, in line order, by order id. */
    public Map<String, List<OrderLine>> linesByOrder(List<String> orderIds) {
        return graph.read("order/lines-by-order", Map.of("ids", orderIds), row -> Map.entry(
                        row.get("orderId").asString(), row.get("lines").asList(OrderLine::from)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
