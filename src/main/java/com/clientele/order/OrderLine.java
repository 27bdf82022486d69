package com.clientele.order;

import org.neo4j.driver.Value;

/** One line of an order: a product, how many, and at what unit price (before the order's discount). */
public record OrderLine(int line, String productId, int quantity, double unitPrice) {

    public static OrderLine from(Value map) {
        return new OrderLine(map.get("line").asInt(), map.get("productId").asString(),
                map.get("quantity").asInt(), map.get("unitPrice").asDouble());
    }

    /** quantity × unit price, before the order's discount. */
    public double amount() {
        return quantity * unitPrice;
    }
}
