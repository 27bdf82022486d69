package com.clientele.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses the 12 bundles: 2-3 products, mostly from different leaf categories (phone + case, dress + shoes),
 * all launched before the window so they sell all along. The first product of a bundle is made popular,
 * so the bundle shows up in many baskets.
 */
final class BundlePlanner {

    /** Leaf positions (in CategoryTree.merchandiseLeaves order) of each bundle's products. */
    private static final int[][] SHAPES = {
        {0, 3}, {0, 3, 2}, {1, 3}, {1, 2}, {2, 3}, {4, 4}, {5, 6}, {7, 9}, {8, 9}, {7, 10}, {11, 12}, {11, 11}};
    private static final int LEAD_POPULARITY = 1500;

    private final SplittableRandom random;
    private final int[][] productsByLeaf;
    private final int windowStart;

    BundlePlanner(SplittableRandom random, int[][] productsByLeaf, int windowStart) {
        this.random = random;
        this.productsByLeaf = productsByLeaf;
        this.windowStart = windowStart;
    }

    /** Picks the bundles and raises the popularity of each bundle's first product in {@code products}. */
    List<Bundle> plan(List<Product> products) {
        Set<Integer> taken = new HashSet<>();
        List<Bundle> bundles = new ArrayList<>();
        for (int[] shape : SHAPES) {
            List<Integer> members = new ArrayList<>();
            for (int leaf : shape) {
                members.add(pickMember(products, leaf, taken));
            }
            int lead = members.get(0);
            products.set(lead, products.get(lead).withPopularity(LEAD_POPULARITY));
            bundles.add(new Bundle(String.format("B%02d", bundles.size() + 1), List.copyOf(members)));
        }
        return bundles;
    }

    private int pickMember(List<Product> products, int leaf, Set<Integer> taken) {
        int[] candidates = productsByLeaf[leaf];
        while (true) {
            int candidate = candidates[1 + random.nextInt(candidates.length - 1)];
            if (products.get(candidate).launchDay() < windowStart && taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
