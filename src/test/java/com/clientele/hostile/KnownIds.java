package com.clientele.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Real ids of the seed graph, read through the API before the storm, so that hostile requests can aim at things
 * that exist: customers (and those who signed up before 2025, who may place an order dated 2025-06-01), products,
 * categories and orders.
 */
record KnownIds(List<String> customers, List<String> orderableCustomers, List<String> products,
        List<String> categories, List<String> orders) {

    static final String QUERY = "{ customers(first: 100) { nodes { id signupDate orders(first: 2) { nodes { id } } } }"
            + " products(first: 100) { nodes { id } } categories { id children { id } } }";
    static final String ORDER_DATE = "2025-06-01T00:00:00Z";

    static KnownIds from(JsonNode answer) {
        List<String> customers = new ArrayList<>();
        List<String> orderable = new ArrayList<>();
        List<String> orders = new ArrayList<>();
        for (JsonNode customer : answer.at("/data/customers/nodes")) {
            customers.add(customer.get("id").asText());
            String signup = customer.path("signupDate").asText("");
            if (!signup.isEmpty() && LocalDate.parse(signup).isBefore(LocalDate.of(2025, 1, 1))) {
                orderable.add(customer.get("id").asText());
            }
            customer.at("/orders/nodes").forEach(order -> orders.add(order.get("id").asText()));
        }
        List<String> categories = new ArrayList<>();
        for (JsonNode category : answer.at("/data/categories")) {
            categories.add(category.get("id").asText());
            category.path("children").forEach(child -> categories.add(child.get("id").asText()));
        }
        List<String> products = new ArrayList<>();
        answer.at("/data/products/nodes").forEach(product -> products.add(product.get("id").asText()));
        if (customers.isEmpty() || orderable.isEmpty() || products.isEmpty() || orders.isEmpty()) {
            throw new IllegalStateException("the seed graph did not answer the id query: " + answer);
        }
        return new KnownIds(customers, orderable, products, categories, orders);
    }

    static String pick(List<String> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** A real id of any kind. */
    String any(Random random) {
        List<List<String>> kinds = List.of(customers, products, categories, orders);
        return pick(kinds.get(random.nextInt(kinds.size())), random);
    }
}
