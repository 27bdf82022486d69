package com.clientele.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills one order with 1-6 lines: the shopper's picks, the rest of a bundle with probability 0.65 when a pick
 * belongs to one, and for online orders a fee line (shipping below 99.00, sometimes express or gift wrapping).
 * Unit prices are the list price or within 5 % of it.
 */
final class BasketBuilder {

    static final double BUNDLE_COMPLETION = 0.65;
    static final int MAX_LINES = 6;
    private static final double NEW_PRODUCT_PREFERENCE = 0.95;
    private static final long FREE_SHIPPING_FROM_CENTS = 9_900;

    private final Catalogue catalogue;
    private final int[] fees;

    BasketBuilder(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.fees = catalogue.products().stream().filter(product -> !product.merchandise()).mapToInt(Product::index).toArray();
    }

    List<OrderLine> build(Shopper shopper, int day, boolean online, SplittableRandom random) {
        boolean mayCarryFee = online && !shopper.singleCategory();
        int room = mayCarryFee ? MAX_LINES - 1 : MAX_LINES;
        List<Integer> products = new ArrayList<>();
        int planned = shopper.plannedPicks(random);
        for (int pick = 0; pick < planned && products.size() < room; pick++) {
            int product = pickFor(shopper, day, random);
            if (products.contains(product)) {
                continue;
            }
            products.add(product);
            if (!shopper.newProductSeeker()) {
                completeBundle(shopper, product, products, room, random);
            }
        }
        List<OrderLine> lines = new ArrayList<>();
        products.forEach(product -> lines.add(line(product, shopper.premium(), random)));
        if (mayCarryFee) {
            addFee(lines, random);
        }
        return lines;
    }

    private int pickFor(Shopper shopper, int day, SplittableRandom random) {
        if (shopper.newProductSeeker() && random.nextDouble() < NEW_PRODUCT_PREFERENCE) {
            int recent = catalogue.pickRecentLaunch(day, random);
            if (recent >= 0) {
                return recent;
            }
        }
        int leaf = shopper.nextLeaf(random, catalogue.leafCount());
        return catalogue.pickFromLeaf(leaf, day, shopper.premium(), random);
    }

    private void completeBundle(Shopper shopper, int product, List<Integer> products, int room,
            SplittableRandom random) {
        int bundle = catalogue.bundleOf(product);
        if (bundle < 0 || random.nextDouble() >= BUNDLE_COMPLETION) {
            return;
        }
        LeafCategory leaf = catalogue.product(product).category();
        for (int member : catalogue.bundles().get(bundle).productIndexes()) {
            boolean allowed = !shopper.singleCategory() || catalogue.product(member).category().equals(leaf);
            if (allowed && !products.contains(member) && products.size() < room) {
                products.add(member);
            }
        }
    }

    private OrderLine line(int productIndex, boolean premium, SplittableRandom random) {
        Product product = catalogue.product(productIndex);
        int quantity = premium ? 1 + random.nextInt(3) : ordinaryQuantity(product, random);
        long price = product.priceCents();
        if (random.nextDouble() < 0.35) {
            price = Math.max(1, Math.round(price * (0.95 + random.nextDouble() * 0.1)));
        }
        return new OrderLine(productIndex, quantity, price);
    }

    private static int ordinaryQuantity(Product product, SplittableRandom random) {
        int draw = random.nextInt(100);
        if (product.priceCents() < 10_000) {
            return draw < 60 ? 1 : draw < 90 ? 2 : 3;
        }
        return draw < 88 ? 1 : 2;
    }

    private void addFee(List<OrderLine> lines, SplittableRandom random) {
        long subtotal = lines.stream().mapToLong(orderLine -> orderLine.quantity() * orderLine.unitPriceCents()).sum();
        double draw = random.nextDouble();
        int fee = -1;
        if (subtotal < FREE_SHIPPING_FROM_CENTS && draw < 0.85) {
            fee = fees[0];
        } else if (draw < 0.05) {
            fee = fees[1];
        } else if (draw > 0.97) {
            fee = fees[2];
        }
        if (fee >= 0) {
            lines.add(new OrderLine(fee, 1, catalogue.product(fee).priceCents()));
        }
    }
}
