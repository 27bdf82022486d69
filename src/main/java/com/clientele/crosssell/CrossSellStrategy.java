package com.clientele.crosssell;

/** How cross-sell candidates are chosen (docs/crosssell.md). */
public enum CrossSellStrategy {
    /** Products bought with what the customer bought, with a small popularity prior. */
    CO_PURCHASE,
    /** Only products of categories the customer never bought from: widens a narrow buyer's breadth. */
    CATEGORY_GAP,
    /** The popular products of the customer's segment and region (or overall) they have not bought. */
    POPULAR
}
