package com.clientele.crosssell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link CustomerEvidence} from an in-memory model instead of the graph: the same partners (the model's
 * top-N, exactly what the refresh stores) and the same popular lists. The evaluation harness scores through it.
 */
public final class ModelEvidence {

    private final BasketLog log;
    private final CoPurchaseModel model;
    private final ProductCatalogue catalogue;
    private final PopularLists popular;
    private final CustomerGroups groups;

    public ModelEvidence(BasketLog log, CoPurchaseModel model, ProductCatalogue catalogue, PopularLists popular,
            CustomerGroups groups) {
        this.log = log;
        this.model = model;
        this.catalogue = catalogue;
        this.popular = popular;
        this.groups = groups;
    }

    /** The evidence of a customer who placed exactly these baskets. */
    public CustomerEvidence of(String customerId, List<Basket> baskets) {
        Map<Integer, long[]> dayAndOrders = new LinkedHashMap<>();
        for (Basket basket : baskets) {
            for (int item : basket.items()) {
                long[] seen = dayAndOrders.computeIfAbsent(item, number -> new long[2]);
                seen[0] = Math.max(seen[0], basket.day());
                seen[1]++;
            }
        }
        List<OwnedProduct> owned = new ArrayList<>(dayAndOrders.size());
        dayAndOrders.forEach((item, seen) -> {
            String productId = log.productId(item);
            List<Partner> partners = model.partnersOf(productId).stream()
                    .map(link -> Partner.of(catalogue.get(link.partnerId()), link)).toList();
            owned.add(new OwnedProduct(catalogue.get(productId), seen[0], (int) seen[1], partners));
        });
        String region = groups.regionOf(customerId);
        String segment = groups.segmentOf(customerId);
        List<PopularProduct> offered = PopularBlend.choose(baskets.size(), region, segment, this::ranked);
        return new CustomerEvidence(customerId, baskets.size(), owned, offered);
    }

    private List<RankedProduct> ranked(String key) {
        return popular.list(key).stream().map(entry -> new RankedProduct(catalogue.get(entry.getKey()), entry.getValue()))
                .filter(rankedProduct -> rankedProduct.product().recommendable()).toList();
    }
}
