package com.clientele.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.SharedDatasets;
import com.clientele.support.UsesDataset;
import com.clientele.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The reference check: SNAP wiki-Vote loaded so that credit flows along each vote, refreshed exactly as the
 * product does, must publish networkx.pagerank's top 10 (default settings) in order and to 1e-4 relative.
 */
@UsesDataset("wiki-vote")
class WikiVoteInfluenceTest {

    private static final List<String> PUBLISHED_TOP_IDS =
            List.of("4037", "15", "6634", "2625", "2398", "2470", "2237", "4191", "7553", "5254");
    private static final double[] PUBLISHED_TOP_SCORES = {0.004612716, 0.003681221, 0.003524814, 0.003286374,
        0.002605333, 0.002530105, 0.002504704, 0.002266263, 0.002170185, 0.002150068};

    private static Graph wikiVote() {
        var edgeList = SharedDatasets.require("wiki-vote/wiki-Vote.txt");
        return TestNeo4j.get().withDataset("wiki-vote",
                () -> DirectedEdgeLoader.load(TestNeo4j.get().graph(), edgeList));
    }

    @AfterAll
    static void forgetThePublishedScores() {
        TestNeo4j.get().forget();
    }

    @Test
    void refreshingWikiVotePublishesNetworkxsTopTenInOrder() {
        Graph graph = wikiVote();
        InfluenceRefreshSummary summary = InfluenceRefresh.run(graph, PageRankSettings.defaults());
        System.out.println("wiki-Vote influence refresh: " + summary);
        assertEquals(7115, summary.customers());
        assertEquals(103689, summary.referrals());
        assertEquals(7115, summary.customersUpdated());
        assertEquals(5, summary.iterations(), "networkx stops wiki-Vote after 5 iterations");
        List<InfluenceRow> top = InfluenceRow.top(graph, 10);
        assertEquals(PUBLISHED_TOP_IDS, top.stream().map(InfluenceRow::id).toList());
        for (int i = 0; i < top.size(); i++) {
            double published = PUBLISHED_TOP_SCORES[i];
            assertEquals(published, top.get(i).score(), published * 1e-4, "score of " + top.get(i).id());
            assertEquals(i + 1, top.get(i).rank(), "rank of " + top.get(i).id());
        }
    }

    @Test
    void everyWikiVoteUserGetsAScoreAndTheScoresSumToOne() {
        Graph graph = wikiVote();
        InfluenceRefresh.run(graph, PageRankSettings.defaults());
        List<InfluenceRow> all = InfluenceRow.top(graph, 10_000);
        assertEquals(7115, all.size());
        assertEquals(1.0, all.stream().mapToDouble(InfluenceRow::score).sum(), 1e-9);
    }
}
