package com.clientele.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The round trip through Neo4j on a graph solved by hand: customer r referred a, b, c and d; z referred nobody
 * and was referred by nobody. Credit flows a, b, c, d -> r, so (N = 6, damping 0.85) r = 22/47 and every other
 * customer, z included, gets the baseline 5/47.
 */
@UsesDataset("referral-star")
class InfluenceRefreshTest {

    private static final PageRankSettings TIGHT = new PageRankSettings(0.85, 1e-13, 200);

    private static Graph referralStar() {
        Graph graph = TestNeo4j.get().graph();
        return TestNeo4j.get().withDataset("referral-star", () -> {
            graph.write("test-support/create-customers", Map.of("ids", List.of("z")));
            List<Map<String, Object>> referrals = List.of("a", "b", "c", "d").stream()
                    .map(referred -> Map.<String, Object>of("source", referred, "target", "r")).toList();
            graph.write("test-support/load-directed-edges", Map.of("edges", referrals));
        });
    }

    @AfterAll
    static void forgetThePublishedScores() {
        TestNeo4j.get().forget();
    }

    @Test
    void theReferrerCollectsTheCreditOfTheCustomersSheReferred() {
        InfluenceRefreshSummary summary = InfluenceRefresh.run(referralStar(), TIGHT);
        assertEquals(6, summary.customers());
        assertEquals(4, summary.referrals());
        assertEquals(6, summary.customersUpdated());
        InfluenceRow first = InfluenceRow.top(referralStar(), 1).get(0);
        assertEquals(new InfluenceRow("r", first.score(), 1), first);
        assertEquals(22.0 / 47, first.score(), 1e-10);
    }

    @Test
    void aCustomerWithoutReferralsGetsTheBaselineSharedByEveryoneWhoReferredNobody() {
        InfluenceRefresh.run(referralStar(), TIGHT);
        List<InfluenceRow> rest = InfluenceRow.top(referralStar(), 10).subList(1, 6);
        assertEquals(List.of("a", "b", "c", "d", "z"), rest.stream().map(InfluenceRow::id).toList());
        for (InfluenceRow row : rest) {
            assertEquals(5.0 / 47, row.score(), 1e-10, row.id());
            assertEquals(2, row.rank(), "equal scores share the rank after the referrer: " + row.id());
        }
    }

    @Test
    void refreshingAgainPublishesTheSameScores() {
        InfluenceRefresh.run(referralStar(), TIGHT);
        List<InfluenceRow> first = InfluenceRow.top(referralStar(), 10);
        InfluenceRefresh.run(referralStar(), TIGHT);
        assertEquals(first, InfluenceRow.top(referralStar(), 10));
    }
}
