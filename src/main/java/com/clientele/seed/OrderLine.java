package com.clientele.seed;

/** One line of a generated order: which product (catalogue index), how many, at what unit price in cents. */
record OrderLine(int product, int quantity, long unitPriceCents) {
}
