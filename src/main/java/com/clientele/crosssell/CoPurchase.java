package com.clientele.crosssell;

/**
 * A stored co-purchase link from one product to a partner, as in {@code (:Product)-[:CO_PURCHASED]->(:Product)}.
 * Basket statistics count orders; {@code buyers} and {@code similarity} count customers.
 *
 * @param baskets           orders containing both products (co-occurrence count)
 * @param buyers            customers who bought both
 * @param support           baskets / all baskets
 * @param confidence        baskets / orders containing this product: P(partner | product)
 * @param reverseConfidence baskets / orders containing the partner: P(product | partner)
 * @param lift              support / (support of product x support of partner); above 1 = bought together more
 *                          often than chance
 * @param similarity        popularity-normalised similarity on buyers (see {@link CoPurchaseSettings})
 */
public record CoPurchase(String productId, String partnerId, int baskets, int buyers, double support,
        double confidence, double reverseConfidence, double lift, double similarity) {
}
