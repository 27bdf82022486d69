package com.clientele.seed;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How one customer fills baskets: favourite leaf categories, and the planted basket behaviour if any
 * (one category only, rotating through every category, new products first, premium picks for big spenders).
 * A broad buyer's next category advances with every pick, so many picks cover many categories.
 */
final class Shopper {

    private final int[] favourites;
    private final int singleLeaf;
    private final int[] rotation;
    private final boolean newProductSeeker;
    private final boolean premium;
    private int picks;

    private Shopper(int[] favourites, int singleLeaf, int[] rotation, boolean newProductSeeker, boolean premium) {
        this.favourites = favourites;
        this.singleLeaf = singleLeaf;
        this.rotation = rotation;
        this.newProductSeeker = newProductSeeker;
        this.premium = premium;
    }

    static Shopper of(Population population, int customer, int leafCount, SplittableRandom random) {
        int[] shuffled = RandomStreams.permutation(leafCount, random);
        int favouriteCount = 2 + random.nextInt(2);
        int[] favourites = Arrays.copyOf(shuffled, favouriteCount);
        boolean single = population.has(customer, Behaviour.SINGLE_CATEGORY);
        boolean broad = population.has(customer, Behaviour.BROAD_BUYER);
        return new Shopper(favourites, single ? shuffled[0] : -1, broad ? shuffled : null,
                population.has(customer, Behaviour.NEW_PRODUCT_SEEKER), population.has(customer,
                Behaviour.BIG_SPENDER));
    }

    boolean singleCategory() {
        return singleLeaf >= 0;
    }

    boolean broad() {
        return rotation != null;
    }

    boolean newProductSeeker() {
        return newProductSeeker;
    }

    boolean premium() {
        return premium;
    }

    /** The single category of a single-category buyer. */
    int singleLeaf() {
        return singleLeaf;
    }

    /** The leaf category the next pick comes from. */
    int nextLeaf(SplittableRandom random, int leafCount) {
        if (singleCategory()) {
            return singleLeaf;
        }
        if (broad()) {
            return rotation[picks++ % rotation.length];
        }
        if (random.nextDouble() < 0.75) {
            return favourites[random.nextInt(favourites.length)];
        }
        return random.nextInt(leafCount);
    }

    /** How many products the customer sets out to buy in one order. */
    int plannedPicks(SplittableRandom random) {
        if (premium) {
            return 3 + random.nextInt(3);
        }
        if (broad()) {
            return 2 + random.nextInt(3);
        }
        int draw = random.nextInt(100);
        return draw < 45 ? 1 : draw < 75 ? 2 : draw < 90 ? 3 : 4;
    }
}
