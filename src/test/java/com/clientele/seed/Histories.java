package com.clientele.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Seed data regrouped per customer: orders in time order with their lines, and spend (test support). */
final class Histories {

    private final SeedData data;
    private final Map<String, List<SeedData.Order>> ordersByCustomer = new HashMap<>();
    private final Map<String, List<SeedData.Line>> linesByOrder = new HashMap<>();

    Histories(SeedData data) {
        this.data = data;
        data.orders().forEach(eachOrder -> ordersByCustomer.computeIfAbsent(eachOrder.customerId(), order -> new ArrayList<>()).add(eachOrder));
        ordersByCustomer.values().forEach(list -> list.sort(Comparator.comparing(SeedData.Order::at)));
        data.lines().forEach(eachLine -> linesByOrder.computeIfAbsent(eachLine.orderId(), line -> new ArrayList<>()).add(eachLine));
    }

    SeedData data() {
        return data;
    }

    List<SeedData.Order> orders(String customerId) {
        return ordersByCustomer.getOrDefault(customerId, List.of());
    }

    List<SeedData.Line> lines(SeedData.Order order) {
        return linesByOrder.getOrDefault(order.id(), List.of());
    }

    List<SeedData.Line> lines(String customerId) {
        return orders(customerId).stream().flatMap(order -> lines(order).stream()).toList();
    }

    double total(SeedData.Order order) {
        return lines(order).stream().mapToDouble(line -> line.quantity() * line.unitPrice()).sum() * (1 - order.discount());
    }

    double spend(String customerId) {
        return orders(customerId).stream().mapToDouble(this::total).sum();
    }

    /** Spend of every customer with at least one order. */
    List<Double> spendOfBuyers() {
        return ordersByCustomer.keySet().stream().map(this::spend).toList();
    }

    /** Whole days between consecutive order dates. */
    List<Long> gapsInDays(String customerId) {
        List<SeedData.Order> orders = orders(customerId);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < orders.size(); i++) {
            gaps.add(java.time.temporal.ChronoUnit.DAYS.between(orders.get(i - 1).date(), orders.get(i).date()));
        }
        return gaps;
    }

    SeedData.Product product(SeedData.Line line) {
        return data.products().get(line.productId());
    }
}
