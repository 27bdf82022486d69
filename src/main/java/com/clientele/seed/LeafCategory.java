package com.clientele.seed;

import java.util.List;

/**
 * A leaf category of the seed shop with what products in it look like: their kinds (English and Chinese),
 * a list-price range in cents, and how popular the category is relative to the others.
 */
record LeafCategory(String id, String name, String nameZh, String departmentId, long minPriceCents,
        long maxPriceCents, int popularity, List<String[]> kinds) {

    /** Whether products of this category are merchandise (the fees category is not). */
    boolean merchandise() {
        return popularity > 0;
    }
}
