package com.clientele.crosssell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Chooses the popular products offered to the scorer. A cold-start customer (at most one order) gets the lists of
 * their region and segment, half weight each; anyone else, or a cold-start customer whose groups have no list,
 * gets the overall list. Each list is weighted by buyers relative to its most bought product.
 */
public final class PopularBlend {

    public static final int COLD_START_MAX_ORDERS = 1;

    private PopularBlend() {
    }

    /**
     * The popular products for a customer with this many orders, region and segment; {@code listOf} gives the
     * recommendable products of a stored list by its key ({@link PopularLists#OVERALL},
     * {@link CustomerGroups#regionKey}, {@link CustomerGroups#segmentKey}) and is asked only for the lists used.
     */
    public static List<PopularProduct> choose(int orderCount, String region, String segment,
            Function<String, List<RankedProduct>> listOf) {
        List<PopularProduct> chosen = new ArrayList<>();
        if (orderCount <= COLD_START_MAX_ORDERS) {
            if (region != null) {
                add(chosen, listOf.apply(CustomerGroups.regionKey(region)), 0.5, ReasonKind.POPULAR_IN_REGION, region);
            }
            if (segment != null) {
                add(chosen, listOf.apply(CustomerGroups.segmentKey(segment)), 0.5, ReasonKind.POPULAR_IN_SEGMENT,
                        segment);
            }
        }
        if (chosen.isEmpty()) {
            add(chosen, listOf.apply(PopularLists.OVERALL), 1.0, ReasonKind.POPULAR, null);
        }
        return chosen;
    }

    private static void add(List<PopularProduct> chosen, List<RankedProduct> list, double weight, ReasonKind kind,
            String group) {
        if (list.isEmpty()) {
            return;
        }
        double top = list.stream().mapToInt(RankedProduct::buyers).max().orElse(1);
        list.forEach(rankedProduct -> chosen.add(new PopularProduct(rankedProduct.product(), weight * rankedProduct.buyers() / top, kind, group)));
    }
}
