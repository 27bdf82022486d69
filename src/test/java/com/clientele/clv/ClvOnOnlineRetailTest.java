package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.support.UsesDataset;
import com.clientele.neo4j.Graph;
import com.clientele.support.SharedDatasets;
import com.clientele.support.TestNeo4j;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CLV on real data: the shared Online Retail graph (imported once per run under "online-retail"), refitted as of the
 * day after its newest order. The fit and the scores are removed afterwards, leaving the dataset as imported.
 */
@UsesDataset("online-retail")
class ClvOnOnlineRetailTest {

    private static Graph graph;
    private static ClvRun run;
    private static Map<String, ClvScores> scores;

    @BeforeAll
    static void importAndRefit() {
        Path file = SharedDatasets.require("online-retail/online_retail.csv");
        TestNeo4j neo4j = TestNeo4j.get();
        graph = neo4j.withDataset("online-retail", () ->
                new OnlineRetailImporter(neo4j.graph()).importFile(file, "online-retail"));
        run = new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.empty());
        scores = ClvScores.read(graph);
    }

    @AfterAll
    static void removeTheFitAndScores() {
        ClvScores.remove(graph);
    }

    @Test
    void theFitScoresEveryBuyerAndIsNotCalledFittedWithoutMeasurableDropout() {
        System.out.println("Online Retail, all orders: " + run.format());
        assertTrue(run.model().scored(), run.model().message());
        assertNotEquals(ClvModelRecord.FITTED, run.model().state(), run.model().message());
        assertEquals(4339, run.model().customers());
        assertEquals(0, run.notPredicted());
    }

    @Test
    void everyCustomerWithHistoryHasAClvAndAProbabilityAliveBetweenZeroAndOne() {
        double minimumDays = ClvConfig.defaults().minimumHistoryDays();
        scores.values().forEach(score -> {
            assertTrue(score.hasOrders(), score::toString);
            assertTrue(score.predictedWithSaneNumbers() || "NOT_ENOUGH_HISTORY".equals(score.state()),
                    score::toString);
        });
        long tooNew = scores.values().stream().filter(clvScores -> "NOT_ENOUGH_HISTORY".equals(clvScores.state())).count();
        assertEquals(run.notEnoughHistory(), tooNew);
        assertTrue(tooNew < 100, () -> tooNew + " customers first bought within " + minimumDays + " days");
    }
}
