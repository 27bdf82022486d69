package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.graphql.ClientException;
import com.clientele.graphql.ErrorCode;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What cross-sell must never offer, and what its filters and strategies promise, on every seed customer. */
@UsesDataset(SeedGraph.DATASET)
class CrossSellRulesTest {

    private final SeedCrossSell seed = new SeedCrossSell();
    private final Map<String, Integer> orders = seed.orderCounts();
    private final List<String> ids = new ArrayList<>(orders.keySet());
    private final Map<String, Map<String, List<String>>> owned = seed.owned(ids);
    private final Map<String, Map<String, Object>> products = productFlags();

    @Test
    void recommendationsNeverIncludeABoughtInactiveOrNonMerchandiseProduct() {
        Map<String, List<Recommendation>> all = seed.recommend(ids, CrossSellRequest.top(20));
        int offered = 0;
        for (String id : ids) {
            for (Recommendation r : all.get(id)) {
                offered++;
                assertFalse(owned.get(id).get("products").contains(r.productId()), id + " bought " + r.productId());
                assertEquals(true, products.get(r.productId()).get("active"), r.productId() + " is inactive");
                assertEquals(true, products.get(r.productId()).get("merchandise"), r.productId() + " is a fee");
            }
        }
        assertTrue(offered > 20 * ids.size() * 0.9, "most customers get 20 products: " + offered);
    }

    @Test
    void excludedCategoriesWithTheirSubcategoriesExcludedProductsAndThePriceBandAreHonoured() {
        Map<String, List<Recommendation>> unfiltered = seed.recommend(ids, CrossSellRequest.top(10));
        String commonCategory = mostCommon(unfiltered, Recommendation::categoryId);
        String parent = commonCategory.substring(0, commonCategory.indexOf('.'));
        String commonProduct = mostCommon(unfiltered, Recommendation::productId);
        CrossSellRequest filtered = new CrossSellRequest(10, CrossSellStrategy.CO_PURCHASE, Set.of(parent),
                Set.of(commonProduct), 10.0, 200.0, null);
        for (List<Recommendation> list : seed.recommend(ids, filtered).values()) {
            for (Recommendation r : list) {
                assertFalse(r.categoryId().startsWith(parent + "."), r.productId() + " is in " + r.categoryId());
                assertFalse(r.productId().equals(commonProduct));
                double price = r.product().price();
                assertTrue(price >= 10.0 && price <= 200.0, r.productId() + " costs " + price);
            }
        }
    }

    @Test
    void theConsumableRuleOffersAgainOnlyProductsBoughtLongEnoughAgo() {
        CrossSellRequest request = new CrossSellRequest(30, CrossSellStrategy.CO_PURCHASE, Set.of(), Set.of(), null,
                null, 180);
        long today = SeedGraph.AS_OF.toEpochDay();
        Map<String, CustomerEvidence> evidence = new CrossSellRepository(seed.graph).evidence(ids.subList(0, 500));
        int repurchases = 0;
        for (Map.Entry<String, List<Recommendation>> entry : seed.recommend(ids.subList(0, 500), request).entrySet()) {
            Map<String, Long> lastBought = new HashMap<>();
            evidence.get(entry.getKey()).owned().forEach(ownedProduct -> lastBought.put(ownedProduct.product().id(), ownedProduct.lastDay()));
            for (Recommendation r : entry.getValue()) {
                if (lastBought.containsKey(r.productId())) {
                    repurchases++;
                    assertTrue(today - lastBought.get(r.productId()) >= 180, r.productId() + " bought recently");
                }
            }
        }
        assertTrue(repurchases > 0, "the rule never offered a product again");
    }

    @Test
    void theCategoryGapStrategyOffersOnlyCategoriesTheCustomerNeverBoughtFrom() {
        CrossSellRequest gaps = new CrossSellRequest(10, CrossSellStrategy.CATEGORY_GAP, Set.of(), Set.of(), null,
                null, null);
        int offered = 0;
        for (Map.Entry<String, List<Recommendation>> entry : seed.recommend(ids, gaps).entrySet()) {
            Map<String, Integer> perCategory = new HashMap<>();
            for (Recommendation r : entry.getValue()) {
                offered++;
                assertFalse(owned.get(entry.getKey()).get("categories").contains(r.categoryId()));
                assertEquals(ReasonKind.CATEGORY_GAP, r.reasonKind());
                assertTrue(perCategory.merge(r.categoryId(), 1, Integer::sum) <= 2);
            }
        }
        assertTrue(offered > ids.size(), "category gaps were offered: " + offered);
    }

    @Test
    void coldStartCustomersGetPopularProductsOfTheirRegionAndSegment() {
        List<String> cold = ids.stream().filter(id -> orders.get(id) <= 1).toList();
        Map<String, List<Recommendation>> all = seed.recommend(cold, CrossSellRequest.top(10));
        Set<ReasonKind> reasons = new HashSet<>();
        for (String id : cold) {
            assertEquals(10, all.get(id).size(), id + " got too few products");
            if (orders.get(id) == 0) {
                all.get(id).forEach(recommendation -> reasons.add(recommendation.reasonKind()));
                all.get(id).forEach(recommendation -> assertTrue(recommendation.reasonKind() == ReasonKind.POPULAR_IN_REGION
                        || recommendation.reasonKind() == ReasonKind.POPULAR_IN_SEGMENT, id + ": " + recommendation.reason()));
            }
        }
        assertTrue(cold.size() >= 80, "the seed has 80 prospects: " + cold.size());
        assertTrue(reasons.contains(ReasonKind.POPULAR_IN_REGION), "reasons: " + reasons);
    }

    @Test
    void aBatchOfMoreThanTheMaximumIsRefusedWithABadInputError() {
        List<String> tooMany = Collections.nCopies(CrossSellService.MAX_BATCH + 1, "C000001");
        ClientException refused = assertThrows(ClientException.class,
                () -> seed.service.recommend(tooMany, CrossSellRequest.top(10)));
        assertEquals(ErrorCode.BAD_USER_INPUT, refused.code());
    }

    @Test
    void boughtTogetherKeepsOnlyPartnersMeetingTheMinimumSupport() {
        String lead = SeedCrossSell.bundles().get("B01").get(0);
        List<CoPurchase> loose = seed.service.boughtTogether(List.of(lead), 100, 1, 0).get(lead);
        List<CoPurchase> strict = seed.service.boughtTogether(List.of(lead), 100, 20, 0.001).get(lead);
        assertTrue(strict.size() < loose.size(), strict.size() + " vs " + loose.size());
        strict.forEach(link -> assertTrue(link.baskets() >= 20 && link.support() >= 0.001, link.toString()));
        assertEquals(SeedCrossSell.bundles().get("B01").get(1), strict.get(0).partnerId());
        assertTrue(strict.get(0).lift() > 5, "a bundle is bought together far more often than chance");
    }

    private static String mostCommon(Map<String, List<Recommendation>> all,
            java.util.function.Function<Recommendation, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        all.values().forEach(list -> list.forEach(recommendation -> counts.merge(key.apply(recommendation), 1, Integer::sum)));
        return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    private Map<String, Map<String, Object>> productFlags() {
        Map<String, Map<String, Object>> flags = new HashMap<>();
        seed.graph.read("test-support/crosssell-product-flags", Map.of(), row -> row).forEach(row -> flags.put(
                row.get("id").asString(), Map.of("active", row.get("active").asBoolean(),
                        "merchandise", row.get("merchandise").asBoolean())));
        return flags;
    }
}
