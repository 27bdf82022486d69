package com.clientele.crosssell;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the popular products offered to the scorer. A cold-start customer (at most one order) gets the lists of
 * their region and segment, half weight each; anyone else, or a cold-start customer whose groups have no list,
 * gets the overall list. Each list is weighted by buyers relative to its most bought product.
 */
public final class PopularBlend {

    public static final int COLD_START_MAX_ORDERS = 1;

    private PopularBlend() {
    }

    public static List<PopularProduct> choose(int orderCount, List<RankedProduct> overall, String region,
            List<RankedProduct> inRegion, String segment, List<RankedProduct> inSegment) {
        List<PopularProduct> chosen = new ArrayList<>();
        if (orderCount <= COLD_START_MAX_ORDERS) {
            add(chosen, inRegion, 0.5, ReasonKind.POPULAR_IN_REGION, region);
            add(chosen, inSegment, 0.5, ReasonKind.POPULAR_IN_SEGMENT, segment);
        }
        if (chosen.isEmpty()) {
            add(chosen, overall, 1.0, ReasonKind.POPULAR, null);
        }
        return chosen;
    }

    private static void add(List<PopularProduct> chosen, List<RankedProduct> list, double weight, ReasonKind kind,
            String group) {
        if (list.isEmpty()) {
            return;
        }
        double top = list.stream().mapToInt(RankedProduct::buyers).max().orElse(1);
        list.forEach(r -> chosen.add(new PopularProduct(r.product(), weight * r.buyers() / top, kind, group)));
    }
}
