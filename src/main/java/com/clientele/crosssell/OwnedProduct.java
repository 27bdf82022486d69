package com.clientele.crosssell;

import java.util.List;

/** A product the customer bought: the day of the latest purchase, in how many orders, and its partners. */
public record OwnedProduct(ProductFacts product, long lastDay, int orders, List<Partner> partners) {
}
