package com.clientele.seed;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated catalogue and the ways a basket picks from it: by category (weighted by popularity), among
 * products launched in the last 60 days, or a fee. A product is only sold from its launch day on, and a
 * discontinued one only before {@code discontinuedFromDay}.
 */
final class Catalogue {

    static final int NEW_PRODUCT_DAYS = 60;
    private static final int PICK_ATTEMPTS = 12;

    private final List<Product> products;
    private final List<Bundle> bundles;
    private final int[][] productsByLeaf;
    private final int[] bundleOfProduct;
    private final int[] byLaunch;
    private final long[][] cumulativePopularity;
    private final int discontinuedFromDay;

    Catalogue(List<Product> products, List<Bundle> bundles, int[][] productsByLeaf, int discontinuedFromDay) {
        this.products = List.copyOf(products);
        this.bundles = List.copyOf(bundles);
        this.productsByLeaf = productsByLeaf;
        this.discontinuedFromDay = discontinuedFromDay;
        this.bundleOfProduct = new int[products.size()];
        Arrays.fill(bundleOfProduct, -1);
        for (int b = 0; b < bundles.size(); b++) {
            for (int p : bundles.get(b).productIndexes()) {
                bundleOfProduct[p] = b;
            }
        }
        this.byLaunch = products.stream().filter(Product::merchandise)
                .sorted(Comparator.comparingInt(Product::launchDay).thenComparingInt(Product::index))
                .mapToInt(Product::index).toArray();
        this.cumulativePopularity = new long[productsByLeaf.length][];
        for (int leaf = 0; leaf < productsByLeaf.length; leaf++) {
            cumulativePopularity[leaf] = cumulative(productsByLeaf[leaf]);
        }
    }

    List<Product> products() {
        return products;
    }

    List<Bundle> bundles() {
        return bundles;
    }

    Product product(int index) {
        return products.get(index);
    }

    int leafCount() {
        return productsByLeaf.length;
    }

    /** The bundle a product belongs to, or -1. */
    int bundleOf(int productIndex) {
        return bundleOfProduct[productIndex];
    }

    boolean sellable(int productIndex, int day) {
        Product product = products.get(productIndex);
        return product.launchDay() <= day && (product.active() || day < discontinuedFromDay);
    }

    /** A sellable product of a merchandise leaf, by popularity; premium buyers take the dearest of three looks. */
    int pickFromLeaf(int leaf, int day, boolean premium, SplittableRandom random) {
        int best = -1;
        int looks = premium ? 3 : 1;
        for (int attempt = 0; attempt < PICK_ATTEMPTS && looks > 0; attempt++) {
            int candidate = weightedPick(leaf, random);
            if (!sellable(candidate, day)) {
                continue;
            }
            looks--;
            if (best < 0 || products.get(candidate).priceCents() > products.get(best).priceCents()) {
                best = candidate;
            }
        }
        return best >= 0 ? best : productsByLeaf[leaf][0];
    }

    /** A merchandise product launched 0..60 days before the day, or -1 when none was. */
    int pickRecentLaunch(int day, SplittableRandom random) {
        int from = firstLaunchedOnOrAfter(day - NEW_PRODUCT_DAYS);
        int to = firstLaunchedOnOrAfter(day + 1);
        if (from >= to) {
            return -1;
        }
        return byLaunch[from + random.nextInt(to - from)];
    }

    private int firstLaunchedOnOrAfter(int day) {
        int low = 0;
        int high = byLaunch.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (products.get(byLaunch[middle]).launchDay() < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int weightedPick(int leaf, SplittableRandom random) {
        long[] cumulative = cumulativePopularity[leaf];
        long ticket = random.nextLong(cumulative[cumulative.length - 1]);
        int found = Arrays.binarySearch(cumulative, ticket + 1);
        int position = found >= 0 ? found : -found - 1;
        return productsByLeaf[leaf][position];
    }

    private long[] cumulative(int[] candidates) {
        long[] sums = new long[candidates.length];
        long total = 0;
        for (int i = 0; i < candidates.length; i++) {
            total += products.get(candidates[i]).popularity();
            sums[i] = total;
        }
        return sums;
    }
}
