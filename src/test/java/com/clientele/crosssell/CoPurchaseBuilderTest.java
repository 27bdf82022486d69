package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored statistics follow their definitions on a basket log small enough to count by hand. */
class CoPurchaseBuilderTest {

    private static final CoPurchaseSettings PLAIN = new CoPurchaseSettings(10, 1, 0, 0.5, 0, 0);

    /** Four orders of three customers: a+b, a+b+c, a, c. */
    private static BasketLog log() {
        BasketLog log = new BasketLog();
        log.add("ann", "o1", 0, List.of("a", "b"));
        log.add("bob", "o2", 86_400, List.of("a", "b", "c"));
        log.add("bob", "o3", 2 * 86_400, List.of("a"));
        log.add("cat", "o4", 3 * 86_400, List.of("c"));
        return log;
    }

    @Test
    void supportConfidenceAndLiftCountOrdersAndSimilarityIsCosineOnBuyers() {
        CoPurchaseModel model = new CoPurchaseBuilder(PLAIN).build(log(), basket -> true);
        CoPurchase ab = model.partnersOf("a").stream().filter(coPurchase -> coPurchase.partnerId().equals("b")).findFirst().orElseThrow();
        assertEquals(2, ab.baskets());
        assertEquals(2, ab.buyers());
        assertEquals(2.0 / 4, ab.support(), 1e-12);
        assertEquals(2.0 / 3, ab.confidence(), 1e-12);
        assertEquals(2.0 / 2, ab.reverseConfidence(), 1e-12);
        assertEquals(2.0 * 4 / (3 * 2), ab.lift(), 1e-12);
        assertEquals(2 / Math.sqrt(2 * 2), ab.similarity(), 1e-12);
    }

    @Test
    void pairsBelowTheMinimumNumberOfCommonBuyersAreNotKept() {
        CoPurchaseModel model = new CoPurchaseBuilder(new CoPurchaseSettings(10, 2, 0, 0.5, 0, 0))
                .build(log(), basket -> true);
        assertEquals(List.of("b"), model.partnersOf("a").stream().map(CoPurchase::partnerId).toList());
        assertTrue(model.partnersOf("c").isEmpty());
    }

    @Test
    void withheldBasketsDoNotCount() {
        CoPurchaseModel model = new CoPurchaseBuilder(PLAIN).build(log(), basket -> !basket.orderId().equals("o2"));
        assertEquals(List.of("b"), model.partnersOf("a").stream().map(CoPurchase::partnerId).toList());
        assertEquals(1, model.partnersOf("a").get(0).baskets());
        assertEquals(0, model.buyersOf("c") - 1);
    }
}
