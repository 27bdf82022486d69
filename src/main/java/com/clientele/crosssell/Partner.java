package com.clientele.crosssell;

/** A stored co-purchase partner of a product the customer bought, with the link's similarity. */
public record Partner(ProductFacts product, double similarity) {
}
