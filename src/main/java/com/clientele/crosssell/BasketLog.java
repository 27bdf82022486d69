package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every order's merchandise products, with customers and products numbered densely so the model can use arrays.
 * Read from the graph by one streamed query; the evaluation reads the same log and withholds baskets from it.
 */
public final class BasketLog {

    private final Map<String, Integer> productIndex = new HashMap<>();
    private final List<String> productIds = new ArrayList<>();
    private final Map<String, Integer> customerIndex = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private final List<Basket> baskets = new ArrayList<>();

    /** Reads every basket of the graph, oldest first per customer. */
    public static BasketLog read(Graph graph) {
        BasketLog log = graph.readInto("crosssell/baskets", Map.of(), BasketLog::new, (basketLog, row) -> basketLog.add(
                row.get("customerId").asString(), row.get("orderId").asString(), row.get("at").asLong(),
                row.get("products").asList(value -> value.asString())));
        log.baskets.sort(Comparator.comparingInt(Basket::customer).thenComparingLong(Basket::epochSecond)
                .thenComparing(Basket::orderId));
        return log;
    }

    /** Adds one order; orders without merchandise are ignored. */
    public void add(String customerId, String orderId, long epochSecond, List<String> products) {
        if (products.isEmpty()) {
            return;
        }
        int customer = customerIndex.computeIfAbsent(customerId, id -> {
            customerIds.add(id);
            return customerIds.size() - 1;
        });
        int[] items = products.stream().distinct().mapToInt(this::productNumber).toArray();
        baskets.add(new Basket(customer, orderId, epochSecond, items));
    }

    private int productNumber(String productId) {
        return productIndex.computeIfAbsent(productId, id -> {
            productIds.add(id);
            return productIds.size() - 1;
        });
    }

    public List<Basket> baskets() {
        return baskets;
    }

    public String productId(int item) {
        return productIds.get(item);
    }

    public int productCount() {
        return productIds.size();
    }

    public String customerId(int customer) {
        return customerIds.get(customer);
    }

    public int customerCount() {
        return customerIds.size();
    }

    /** The product's number, or -1 when it was never bought. */
    public int item(String productId) {
        return productIndex.getOrDefault(productId, -1);
    }
}
