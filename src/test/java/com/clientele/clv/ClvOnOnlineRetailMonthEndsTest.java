package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.neo4j.Graph;
import com.clientele.support.SharedDatasets;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CLV on Online Retail refitted as of every month end from 2011-06-30 on (the graph holds the whole file; a refit
 * reads only the orders on or before its calibration end, as an import up to that day would give). Each cut is
 * refitted once and shared by the tests; the fits and scores are removed afterwards.
 */
@UsesDataset("online-retail")
class ClvOnOnlineRetailMonthEndsTest {

    private static final Map<String, ClvRun> RUNS = new ConcurrentHashMap<>();
    private static Graph graph;

    @BeforeAll
    static void importOnlineRetail() {
        Path file = SharedDatasets.require("online-retail/online_retail.csv");
        TestNeo4j neo4j = TestNeo4j.get();
        graph = neo4j.withDataset("online-retail", () ->
                new OnlineRetailImporter(neo4j.graph()).importFile(file, "online-retail"));
    }

    @AfterAll
    static void removeTheFitsAndScores() {
        ClvScores.remove(graph);
    }

    private static ClvRun refitAt(String monthEnd) {
        return RUNS.computeIfAbsent(monthEnd, end -> new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC())
                .refresh(Optional.of(LocalDate.parse(end))));
    }

    @ParameterizedTest(name = "calibration end {0}")
    @ValueSource(strings = {"2011-06-30", "2011-07-31", "2011-08-31", "2011-09-30", "2011-10-31", "2011-11-30"})
    void atLeast95PercentOfTheCustomersWithEnoughHistoryGetAFinitePrediction(String monthEnd) {
        ClvRun run = refitAt(monthEnd);
        int withEnoughHistory = run.predicted() + run.notPredicted();
        double share = run.predicted() / (double) withEnoughHistory;
        String figure = String.format("%s: %s, %d of %d customers with enough history predicted (%.1f %%)",
                monthEnd, run.model().state(), run.predicted(), withEnoughHistory, 100 * share);
        System.out.println(figure);
        assertTrue(share >= 0.95, figure + "; " + run.model().message());
    }

    @ParameterizedTest(name = "calibration end {0}")
    @ValueSource(strings = {"2011-06-30", "2011-07-31", "2011-08-31", "2011-09-30", "2011-10-31", "2011-11-30"})
    void noFitWithAParameterAtItsBoundIsReportedAsFitted(String monthEnd) {
        ClvModelRecord model = refitAt(monthEnd).model();
        boolean atBound = Stream.of(model.r(), model.alpha(), model.a(), model.b())
                .anyMatch(value -> value != null && Math.abs(Math.log(value)) >= 11);
        String figure = monthEnd + ": " + model.state() + " r=" + model.r() + " alpha=" + model.alpha() + " a="
                + model.a() + " b=" + model.b();
        System.out.println(figure);
        if (atBound) {
            assertNotEquals(ClvModelRecord.FITTED, model.state(), figure);
        }
        assertTrue(model.a() != null, "the purchase model must be fitted (and stored) at " + figure);
    }
}
