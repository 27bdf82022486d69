package com.clientele.clv;

/**
 * Which "buy till you die" purchase model the refit uses (clv.yaml {@code model}). Both let an active customer buy
 * at a Poisson rate λ ~ Gamma(r, alpha) and drop out with a probability p ~ Beta(a, b) at a purchase; they differ
 * in which purchases open that chance.
 */
public enum PurchaseModel {
    /**
     * BG/NBD (Fader, Hardie &amp; Lee 2005): dropout only right after a repeat purchase, so a customer who never
     * bought again is certainly still active (P(alive) = 1 for x = 0).
     */
    BG_NBD,
    /**
     * MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007): dropout after every purchase, the first included, so a
     * one-time buyer may be gone and P(alive) falls with the time since their only purchase.
     */
    MBG_NBD;

    /** How many dropout chances a customer with x repeat purchases has passed while staying active: x or x + 1. */
    int survivedChances(int x) {
        return this == BG_NBD ? x : x + 1;
    }
}
