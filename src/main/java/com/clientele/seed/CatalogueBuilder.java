package com.clientele.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the catalogue: merchandise spread over the leaf categories by popularity, about 70 % launched before
 * the window and 30 % during it, three fees (non-merchandise), a few discontinued products, and the bundles.
 */
final class CatalogueBuilder {

    private static final double LAUNCHED_BEFORE_WINDOW = 0.7;
    private static final int MIN_PER_LEAF = 8;

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final ProductNames names;
    private final int windowStart;
    private final int windowEnd;

    CatalogueBuilder(GeneratorSettings settings) {
        this.settings = settings;
        this.random = RandomStreams.of(settings.seed(), RandomStreams.Purpose.CATALOGUE);
        this.names = new ProductNames(random);
        this.windowStart = (int) settings.firstOrderDate().toEpochDay();
        this.windowEnd = (int) settings.lastOrderDate().toEpochDay();
    }

    Catalogue build() {
        List<LeafCategory> leaves = CategoryTree.merchandiseLeaves();
        int[] perLeaf = productsPerLeaf(leaves, settings.merchandiseProducts());
        List<Product> products = new ArrayList<>();
        int[][] byLeaf = new int[leaves.size()][];
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            byLeaf[leaf] = addLeafProducts(products, leaves.get(leaf), perLeaf[leaf]);
        }
        List<Bundle> bundles = new BundlePlanner(random, byLeaf, windowStart).plan(products);
        discontinueSome(products, byLeaf, bundles);
        addFees(products);
        return new Catalogue(products, bundles, byLeaf, windowStart + 365);
    }

    private int[] productsPerLeaf(List<LeafCategory> leaves, int total) {
        int weightSum = leaves.stream().mapToInt(LeafCategory::popularity).sum();
        int spare = total - MIN_PER_LEAF * leaves.size();
        int[] counts = new int[leaves.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = MIN_PER_LEAF + spare * leaves.get(i).popularity() / weightSum;
            assigned += counts[i];
        }
        for (int i = 0; assigned < total; i = (i + 1) % counts.length) {
            counts[i]++;
            assigned++;
        }
        return counts;
    }

    private int[] addLeafProducts(List<Product> products, LeafCategory leaf, int count) {
        int[] indexes = new int[count];
        int launchedBefore = (int) Math.ceil(count * LAUNCHED_BEFORE_WINDOW);
        for (int j = 0; j < count; j++) {
            int launchDay = j < launchedBefore
                    ? windowStart - 1 - random.nextInt(4 * 365)
                    : windowStart - 61 + random.nextInt(windowEnd - 30 - (windowStart - 61));
            int index = products.size();
            String[] name = names.next(leaf);
            int popularity = 10 + (int) (1000 / Math.pow(1 + random.nextInt(count), 0.9));
            products.add(new Product(index, ProductNames.id(index), name[0], name[1], leaf, price(leaf), launchDay,
                    true, true, popularity));
            indexes[j] = index;
        }
        return indexes;
    }

    /** A list price between the leaf's bounds, log-uniform, rounded the way shops price: 1299.00, 89.00. */
    private long price(LeafCategory leaf) {
        double low = Math.log(leaf.minPriceCents());
        double high = Math.log(leaf.maxPriceCents());
        long cents = Math.round(Math.exp(low + random.nextDouble() * (high - low)));
        long yuan = Math.max(10, Math.round(cents / 1000.0) * 10) - 1;
        return yuan * 100;
    }

    private void discontinueSome(List<Product> products, int[][] byLeaf, List<Bundle> bundles) {
        Set<Integer> bundled = new HashSet<>();
        bundles.forEach(bundle -> bundled.addAll(bundle.productIndexes()));
        int wanted = Math.max(5, settings.merchandiseProducts() / 40);
        int done = 0;
        for (int attempt = 0; done < wanted && attempt < wanted * 10; attempt++) {
            int[] leaf = byLeaf[attempt % byLeaf.length];
            int candidate = leaf[1 + random.nextInt(leaf.length / 2)];
            Product product = products.get(candidate);
            if (!bundled.contains(candidate) && product.active() && product.launchDay() < windowStart) {
                products.set(candidate, product.discontinued());
                done++;
            }
        }
    }

    private void addFees(List<Product> products) {
        LeafCategory fees = CategoryTree.feesLeaf();
        String[][] feeNames = {{"Shipping fee", "运费", "800"}, {"Express shipping", "加急运费", "1500"},
                {"Gift wrapping", "礼品包装", "500"}};
        for (String[] fee : feeNames) {
            int index = products.size();
            products.add(new Product(index, ProductNames.id(index), fee[0], fee[1], fees, Long.parseLong(fee[2]),
                    windowStart - 4 * 365, false, true, 1));
        }
    }
}
