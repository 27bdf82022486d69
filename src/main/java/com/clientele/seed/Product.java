package com.clientele.seed;

/**
 * A product of the seed shop: price in cents, launch as an epoch day, and its weight when a customer browses
 * its category (a few products sell far more than the rest).
 */
record Product(int index, String id, String name, String nameZh, LeafCategory category, long priceCents,
        int launchDay, boolean merchandise, boolean active, int popularity) {

    Product withPopularity(int newPopularity) {
        return new Product(index, id, name, nameZh, category, priceCents, launchDay, merchandise, active,
                newPopularity);
    }

    Product discontinued() {
        return new Product(index, id, name, nameZh, category, priceCents, launchDay, merchandise, false, popularity);
    }
}
