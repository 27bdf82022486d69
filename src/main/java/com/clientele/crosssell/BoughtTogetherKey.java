package com.clientele.crosssell;

/** A DataLoader key: one product's partners under one set of minimum-support arguments. */
record BoughtTogetherKey(String productId, int first, int minBaskets, double minSupport) {
}
