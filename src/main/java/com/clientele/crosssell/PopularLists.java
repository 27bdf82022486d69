package com.clientele.crosssell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The most bought products (by distinct buyers) overall ({@link #OVERALL}), per region and per segment, built from
 * the same baskets as the co-purchase model. The refresh stores them; the evaluation uses them directly.
 */
public final class PopularLists {

    public static final String OVERALL = "all";
    public static final int OVERALL_SIZE = 100;
    public static final int GROUP_SIZE = 50;

    private final Map<String, List<Map.Entry<String, Integer>>> lists;

    private PopularLists(Map<String, List<Map.Entry<String, Integer>>> lists) {
        this.lists = lists;
    }

    public static PopularLists build(BasketLog log, Predicate<Basket> include, CustomerGroups groups) {
        int[][] bought = Incidence.customerItems(log.baskets().stream().filter(include).toList(),
                log.customerCount(), log.productCount());
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int customer = 0; customer < bought.length; customer++) {
            String id = log.customerId(customer);
            List<String> keys = new ArrayList<>(List.of(OVERALL));
            if (groups.regionOf(id) != null) {
                keys.add(CustomerGroups.regionKey(groups.regionOf(id)));
            }
            if (groups.segmentOf(id) != null) {
                keys.add(CustomerGroups.segmentKey(groups.segmentOf(id)));
            }
            for (int item : bought[customer]) {
                keys.forEach(key -> counts.computeIfAbsent(key, text -> new HashMap<>())
                        .merge(log.productId(item), 1, Integer::sum));
            }
        }
        Map<String, List<Map.Entry<String, Integer>>> lists = new HashMap<>();
        counts.forEach((key, byProduct) -> lists.put(key, top(byProduct, OVERALL.equals(key) ? OVERALL_SIZE
                : GROUP_SIZE)));
        return new PopularLists(lists);
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> byProduct, int size) {
        return byProduct.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(counted -> Map.entry(counted.getKey(), counted.getValue())).toList();
    }

    /** The list of a key ({@link #OVERALL}, a region key or a segment key), most bought first; empty if none. */
    public List<Map.Entry<String, Integer>> list(String key) {
        return key == null ? List.of() : lists.getOrDefault(key, List.of());
    }

    public Map<String, List<Map.Entry<String, Integer>>> all() {
        return lists;
    }
}
