package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the scorer ranks, on hand-made evidence: no database. */
class CrossSellScorerRulesTest {

    private static final ProductFacts TEAPOT = product("teapot");
    private static final ProductFacts LID = product("lid");
    private static final ProductFacts SAUCER = product("saucer");
    private static final ProductFacts MUG = product("mug");
    private static final ProductFacts SPOON = product("spoon");

    private final CrossSellScorer scorer = new CrossSellScorer(ScoringSettings.defaults());

    @Test
    void theMissingPartOfASetComesBeforeAMoreSimilarProduct() {
        OwnedProduct teapot = new OwnedProduct(TEAPOT, 100, 3, List.of(
                new Partner(MUG, 0.9, 40, 0.10, 1.5), new Partner(LID, 0.2, 30, 0.65, 12)));

        List<Recommendation> ranked = scorer.recommend(evidence(teapot), CrossSellQuery.top(2));

        assertEquals(List.of("lid", "mug"), ranked.stream().map(Recommendation::productId).toList());
        assertEquals(ReasonKind.COMPLETES_SET, ranked.get(0).reasonKind());
        assertEquals("completes the set: often in the same order as teapot", ranked.get(0).reason());
        assertEquals(ReasonKind.BOUGHT_WITH, ranked.get(1).reasonKind());
    }

    @Test
    void aLinkBelowTheSetConfidenceOrBasketsOrLiftIsAnOrdinaryVote() {
        OwnedProduct teapot = new OwnedProduct(TEAPOT, 100, 3, List.of(new Partner(MUG, 0.9, 40, 0.10, 1.5),
                new Partner(LID, 0.2, 30, 0.29, 12), new Partner(SAUCER, 0.19, 4, 0.9, 12),
                new Partner(SPOON, 0.18, 30, 0.9, 1.9)));

        List<Recommendation> ranked = scorer.recommend(evidence(teapot), CrossSellQuery.top(4));

        assertEquals(List.of("mug", "lid", "saucer", "spoon"), ranked.stream().map(Recommendation::productId).toList());
        ranked.forEach(recommendation -> assertEquals(ReasonKind.BOUGHT_WITH, recommendation.reasonKind()));
    }

    @Test
    void aHighShareSeenInFewOrdersIsNoSetYet() {
        OwnedProduct teapot = new OwnedProduct(TEAPOT, 100, 3, List.of(new Partner(MUG, 0.9, 40, 0.10, 1.5),
                new Partner(LID, 0.2, 17, 17 / 51.0, 5.4)));

        List<Recommendation> ranked = scorer.recommend(evidence(teapot), CrossSellQuery.top(2));

        assertEquals(List.of("mug", "lid"), ranked.stream().map(Recommendation::productId).toList());
    }

    @Test
    void theLowerBoundOfTheShareShrinksWithFewerOrders() {
        assertEquals(0.2197, BundleRule.lowerBound(17 / 51.0, 51), 1e-4);
        assertEquals(0.5749, BundleRule.lowerBound(0.6063, 950), 1e-4);
        assertEquals(0.5655, BundleRule.lowerBound(1, 5), 1e-4);
    }

    @Test
    void severalSetsAreCompletedStrongestAndMostRecentFirst() {
        OwnedProduct teapot = new OwnedProduct(TEAPOT, 100, 1, List.of(new Partner(LID, 0.2, 30, 0.9, 12)));
        OwnedProduct mug = new OwnedProduct(MUG, 340, 1, List.of(new Partner(SPOON, 0.2, 30, 0.6, 12),
                new Partner(SAUCER, 0.2, 30, 0.5, 12)));

        List<Recommendation> ranked = scorer.recommend(evidence(teapot, mug), CrossSellQuery.top(3));

        assertEquals(List.of("spoon", "saucer", "lid"), ranked.stream().map(Recommendation::productId).toList());
    }

    @Test
    void atMostThreeSetCompletionsGoFirstAndTheRestRankAsUsual() {
        ProductFacts bowl = product("bowl");
        OwnedProduct teapot = new OwnedProduct(TEAPOT, 100, 1, List.of(new Partner(LID, 0.1, 30, 0.9, 12),
                new Partner(SAUCER, 0.2, 30, 0.8, 12), new Partner(SPOON, 0.3, 30, 0.7, 12),
                new Partner(MUG, 0.9, 30, 0.6, 12), new Partner(bowl, 0.5, 30, 0.1, 1.2)));

        List<Recommendation> ranked = scorer.recommend(evidence(teapot), CrossSellQuery.top(5));

        assertEquals(List.of("lid", "saucer", "spoon", "mug", "bowl"),
                ranked.stream().map(Recommendation::productId).toList());
        assertEquals(List.of(ReasonKind.COMPLETES_SET, ReasonKind.COMPLETES_SET, ReasonKind.COMPLETES_SET,
                ReasonKind.BOUGHT_WITH, ReasonKind.BOUGHT_WITH), ranked.stream().map(Recommendation::reasonKind).toList());
    }

    @Test
    void aBoughtPartOfTheSetIsNeverOfferedAgain() {
        OwnedProduct teapot = new OwnedProduct(TEAPOT, 100, 1, List.of(new Partner(LID, 0.2, 30, 0.9, 12)));
        OwnedProduct lid = new OwnedProduct(LID, 100, 1, List.of(new Partner(TEAPOT, 0.2, 30, 0.9, 12)));

        assertEquals(List.of(), scorer.recommend(evidence(teapot, lid), CrossSellQuery.top(3)));
    }

    private static CustomerEvidence evidence(OwnedProduct... owned) {
        return new CustomerEvidence("C1", 3, List.of(owned), List.of());
    }

    private static ProductFacts product(String id) {
        return new ProductFacts(id, id, "home." + id, 10.0, true, true);
    }
}
