package com.clientele.crosssell;

import java.util.List;

/**
 * Everything the scorer knows about one customer: what they bought (with each product's co-purchase partners),
 * how many orders they placed, and the popular products that fit them. Read from the graph by one query for the
 * API, or built from the in-memory model by the evaluation: the scorer cannot tell the two apart.
 */
public record CustomerEvidence(String customerId, int orderCount, List<OwnedProduct> owned,
        List<PopularProduct> popular) {

    /** The day of the customer's latest purchase; 0 when they bought nothing. */
    public long lastDay() {
        return owned.stream().mapToLong(OwnedProduct::lastDay).max().orElse(0);
    }
}
