package com.clientele.crosssell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds the {@link CoPurchaseModel} from a {@link BasketLog}, one product's row at a time (a sparse X'X over
 * customers and over orders), keeping each product's top partners. The evaluation passes a filter that withholds
 * each customer's last basket; the refresh uses every basket.
 */
public final class CoPurchaseBuilder {

    private final CoPurchaseSettings settings;

    public CoPurchaseBuilder(CoPurchaseSettings settings) {
        this.settings = settings;
    }

    public CoPurchaseModel build(BasketLog log, Predicate<Basket> include) {
        List<Basket> used = log.baskets().stream().filter(include).toList();
        int products = log.productCount();
        int[][] customerItems = Incidence.customerItems(used, log.customerCount(), products);
        int[][] itemCustomers = Incidence.invert(customerItems, products);
        int[][] itemBaskets = Incidence.invert(used.stream().map(Basket::items).toArray(int[][]::new), products);
        double[] weights = Arrays.stream(customerItems)
                .mapToDouble(items -> Math.pow(1 + items.length, -settings.heavyBuyerDamping())).toArray();
        int[] buyers = Arrays.stream(itemCustomers).mapToInt(itemBuyers -> itemBuyers.length).toArray();
        int[] baskets = Arrays.stream(itemBaskets).mapToInt(itemBuyers -> itemBuyers.length).toArray();
        Row row = new Row(log, used.size(), buyers, baskets, new PairCounts(products));
        List<List<CoPurchase>> partners = new ArrayList<>(products);
        for (int item = 0; item < products; item++) {
            for (int customer : itemCustomers[item]) {
                row.addCustomer(item, customerItems[customer], weights[customer]);
            }
            for (int basket : itemBaskets[item]) {
                row.addBasket(item, used.get(basket).items());
            }
            partners.add(row.topPartners(item));
        }
        return new CoPurchaseModel(log, buyers, baskets, partners);
    }

    /** One product's row being counted. */
    private final class Row {
        private final BasketLog log;
        private final int totalBaskets;
        private final int[] buyers;
        private final int[] baskets;
        private final PairCounts counts;

        Row(BasketLog log, int totalBaskets, int[] buyers, int[] baskets, PairCounts counts) {
            this.log = log;
            this.totalBaskets = totalBaskets;
            this.buyers = buyers;
            this.baskets = baskets;
            this.counts = counts;
        }

        void addCustomer(int item, int[] items, double weight) {
            for (int partner : items) {
                if (partner != item) {
                    counts.addBuyer(partner, weight);
                }
            }
        }

        void addBasket(int item, int[] items) {
            for (int partner : items) {
                if (partner != item) {
                    counts.addBasket(partner);
                }
            }
        }

        List<CoPurchase> topPartners(int item) {
            List<CoPurchase> kept = Arrays.stream(counts.touchedPartners())
                    .filter(partner -> counts.buyers[partner] >= settings.minBuyers())
                    .mapToObj(partner -> link(item, partner))
                    .sorted(Comparator.comparingDouble(CoPurchase::similarity).reversed()
                            .thenComparing(CoPurchase::partnerId))
                    .limit(settings.neighbours()).toList();
            counts.clear();
            return kept;
        }

        private CoPurchase link(int item, int partner) {
            int together = counts.baskets[partner];
            int common = counts.buyers[partner];
            double power = settings.partnerPopularityPower();
            double byBuyers = counts.weightedBuyers[partner]
                    / (Math.pow(buyers[item], 1 - power) * Math.pow(buyers[partner], power));
            double byBaskets = together / (Math.pow(baskets[item], 1 - power) * Math.pow(baskets[partner], power));
            double similarity = (byBuyers + settings.basketWeight() * byBaskets) * common
                    / (common + settings.shrinkage());
            double support = (double) together / totalBaskets;
            double lift = together == 0 ? 0
                    : (double) together * totalBaskets / ((double) baskets[item] * baskets[partner]);
            return new CoPurchase(log.productId(item), log.productId(partner), together, common, support,
                    (double) together / baskets[item], (double) together / baskets[partner], lift, similarity);
        }
    }
}
