package com.clientele.crosssell;

/** A popular product offered to the scorer, with its weight (0..1) and the reason it is popular. */
public record PopularProduct(ProductFacts product, double weight, ReasonKind kind, String group) {
}
