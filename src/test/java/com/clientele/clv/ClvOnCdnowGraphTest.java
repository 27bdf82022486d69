package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.UsesDataset;
import com.clientele.support.TestNeo4j;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CDNOW loaded through the importer into Neo4j, summarised by Cypher, fitted and scored by {@link ClvRefresh}. */
@UsesDataset(CdnowGraph.DATASET)
class ClvOnCdnowGraphTest {

    private static Graph graph;
    private static ClvRun run;

    @BeforeAll
    static void importCdnowAndRefit() {
        graph = CdnowGraph.load();
        run = new ClvRefresh(graph, ClvConfig.defaults().withModel(PurchaseModel.BG_NBD), Clock.systemUTC())
                .refresh(Optional.of(CdnowFiles.CALIBRATION_END));
    }

    @AfterAll
    static void forgetTheScoredGraph() {
        TestNeo4j.get().forget();
    }

    private static void assertThreeSignificantDigits(double published, double actual) {
        assertEquals(published, actual, 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(published))) - 2),
                () -> "published " + published + ", fitted " + actual);
    }

    private static BgNbdModel fittedModel() {
        ClvModelRecord model = new ClvModelRepository(graph).latest().orElseThrow();
        return new BgNbdModel(model.r(), model.alpha(), model.a(), model.b());
    }

    @Test
    void theCypherHistoriesEqualTheReferenceSummaryOfTheSameTransactions() {
        SortedMap<String, CustomerHistory> fromGraph = new ClvHistoryReader(graph)
                .read(CdnowFiles.CALIBRATION_END, ClvTimeUnit.WEEKS);
        SortedMap<String, CustomerHistory> reference = CustomerHistories.fromTransactions(
                CdnowFiles.samplePurchases().stream().map(purchase -> new Purchase("cdnow-" + purchase.customerId(), purchase.date(),
                        purchase.amount())).toList(), CdnowFiles.CALIBRATION_END, ClvTimeUnit.WEEKS);
        assertEquals(2357, fromGraph.size());
        assertEquals(reference.keySet(), fromGraph.keySet());
        reference.forEach((id, expected) -> {
            CustomerHistory actual = fromGraph.get(id);
            assertEquals(expected.x(), actual.x(), id);
            assertEquals(expected.tx(), actual.tx(), 1e-12, id);
            assertEquals(expected.T(), actual.T(), 1e-12, id);
            assertEquals(expected.meanRepeatSpend().isPresent(), actual.meanRepeatSpend().isPresent(), id);
            expected.meanRepeatSpend().ifPresent(mean ->
                    assertEquals(mean, actual.meanRepeatSpend().getAsDouble(), 1e-9, id));
        });
    }

    @Test
    void theStoredFitHasThePublishedBgNbdParametersAndLikelihood() {
        ClvModelRecord model = new ClvModelRepository(graph).latest().orElseThrow();
        assertEquals(ClvModelRecord.FITTED, model.state());
        assertEquals(2357, model.customers());
        assertEquals(946, model.repeatBuyers());
        assertEquals("WEEKS", model.timeUnit());
        assertEquals(CdnowFiles.CALIBRATION_END, model.calibrationEnd());
        assertThreeSignificantDigits(0.243, model.r());
        assertThreeSignificantDigits(4.414, model.alpha());
        assertThreeSignificantDigits(0.793, model.a());
        assertThreeSignificantDigits(2.426, model.b());
        assertEquals(-9582.4, model.bgNbdLogLikelihood(), 0.05);
    }

    @Test
    void theStoredFitHasThePublishedGammaGammaParametersOnTheRepeatBuyers() {
        ClvModelRecord model = new ClvModelRepository(graph).latest().orElseThrow();
        assertEquals(946, model.gammaGammaCustomers());
        assertThreeSignificantDigits(6.25, model.p());
        assertThreeSignificantDigits(3.74, model.q());
        assertThreeSignificantDigits(15.44, model.gamma());
    }

    @Test
    void theFittedModelGivesHardiesConditionalExpectation() {
        CustomerHistory history = CustomerHistory.of(2, 30.43, 38.86, ClvTimeUnit.WEEKS);
        assertEquals(1.226, fittedModel().conditionalExpectedPurchases(39, history), 0.0005);
    }

    @ParameterizedTest(name = "E[X({0})] = {1}")
    @CsvSource({"1, 0.0532", "3, 0.1506", "32, 1.0437", "78, 1.8576"})
    void theFittedModelGivesHardiesPopulationExpectations(double weeks, double published) {
        assertEquals(published, fittedModel().expectedPurchases(weeks), 0.0005);
    }

    @Test
    void everyCustomerIsScoredWithFiniteNumbersAndAStateWhenNot() {
        assertEquals(2357, run.predicted() + run.notEnoughHistory());
        assertEquals(0, run.notPredicted());
        List<Map<String, Object>> states = graph.read("test-support/clv-states", Map.of(),
                row -> row.asMap());
        assertEquals(1, states.size(), states::toString);
        assertEquals("PREDICTED", states.get(0).get("state"));
        assertEquals(2357L, states.get(0).get("customers"));
        assertEquals(2357L, states.get(0).get("withValue"));
        assertTrue((Double) states.get(0).get("minAlive") >= 0 && (Double) states.get(0).get("maxAlive") <= 1);
    }
}
