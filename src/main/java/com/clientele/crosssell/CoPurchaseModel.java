package com.clientele.crosssell;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The item-to-item co-purchase model built from baskets: each product's buyers and orders, and its kept partners.
 * What {@link CrossSellRefresh} stores in the graph and what the evaluation scores from directly.
 */
public final class CoPurchaseModel {

    private final BasketLog log;
    private final int[] buyers;
    private final int[] baskets;
    private final List<List<CoPurchase>> partners;

    CoPurchaseModel(BasketLog log, int[] buyers, int[] baskets, List<List<CoPurchase>> partners) {
        this.log = log;
        this.buyers = buyers;
        this.baskets = baskets;
        this.partners = partners;
    }

    /** The kept partners of a product, most similar first; empty for a product never bought. */
    public List<CoPurchase> partnersOf(String productId) {
        int item = log.item(productId);
        return item < 0 ? List.of() : partners.get(item);
    }

    /** Every product that has partners, with them: what the refresh writes. */
    public List<List<CoPurchase>> allPartners() {
        return partners;
    }

    /** How many customers bought the product. */
    public int buyersOf(String productId) {
        int item = log.item(productId);
        return item < 0 ? 0 : buyers[item];
    }

    /** The {@code limit} products with the most buyers, most first, ties by id. */
    public List<String> mostBought(int limit) {
        return IntStream.range(0, buyers.length).filter(i -> buyers[i] > 0).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -buyers[i]).thenComparing(log::productId))
                .limit(limit).map(log::productId).toList();
    }

    public int basketsOf(String productId) {
        int item = log.item(productId);
        return item < 0 ? 0 : baskets[item];
    }

    public int linkCount() {
        return partners.stream().mapToInt(List::size).sum();
    }
}
