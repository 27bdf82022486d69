package com.clientele.crosssell;

/**
 * A stored co-purchase partner of a product the customer bought, with the link's statistics (see {@link CoPurchase}).
 *
 * @param similarity popularity-normalised similarity on buyers: the weight of the partner's vote
 * @param baskets    orders containing both products
 * @param confidence share of the bought product's orders that also contain the partner
 * @param lift       how much more often the two are bought together than by chance
 */
public record Partner(ProductFacts product, double similarity, int baskets, double confidence, double lift) {

    /** The partner of a link of the model. */
    public static Partner of(ProductFacts product, CoPurchase link) {
        return new Partner(product, link.similarity(), link.baskets(), link.confidence(), link.lift());
    }
}
