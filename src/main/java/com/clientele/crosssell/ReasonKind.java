package com.clientele.crosssell;

/** Why a product is recommended; the GraphQL enum CrossSellReason mirrors it. */
public enum ReasonKind {
    /** Customers who bought the same products as this customer also bought it. */
    BOUGHT_WITH,
    /** Usually in the same order as a product the customer bought: the missing part of a set. */
    COMPLETES_SET,
    /** Popular with customers in the same segment (lifecycle stage). */
    POPULAR_IN_SEGMENT,
    /** Popular with customers in the same region. */
    POPULAR_IN_REGION,
    /** Popular with all customers. */
    POPULAR,
    /** In a category the customer has never bought from. */
    CATEGORY_GAP
}
