package com.clientele.crosssell;

/** A DataLoader key: one customer's recommendations for one request shape. */
record CrossSellKey(String customerId, CrossSellRequest request) {
}
