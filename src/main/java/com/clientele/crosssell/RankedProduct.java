package com.clientele.crosssell;

/** A product in a popularity list, with how many customers of the list's group bought it. */
public record RankedProduct(ProductFacts product, int buyers) {
}
