package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.UsesDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed seed data with one CLV refit as of its analysis date, against the planted behaviours. */
@UsesDataset(SeedClvGraph.DATASET)
class ClvOnSeedDataTest {

    private static final LocalDate ANALYSIS_DATE = SeedClvGraph.ANALYSIS_DATE;

    private static Graph graph;
    private static Map<String, ClvScores> scores;
    private static List<String[]> planted;

    @BeforeAll
    static void loadSeedDataAndRefit() throws IOException {
        graph = SeedClvGraph.load();
        scores = ClvScores.read(graph);
        try (InputStream in = ClvOnSeedDataTest.class.getResourceAsStream("/seed-data/planted/customers.csv")) {
            planted = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",")).toList();
        }
    }

    private static OptionalDouble meanProbabilityAlive(String behaviour) {
        return planted.stream().filter(row -> row[1].equals(behaviour))
                .map(row -> scores.get(row[0])).filter(ClvScores::predictedWithSaneNumbers)
                .mapToDouble(ClvScores::alive).average();
    }

    @Test
    void theSeedFitIsABoundaryFitWhereEveryoneHasTheSameDropoutAndItStillScores() {
        ClvModelRecord model = new ClvModelRepository(graph).latest().orElseThrow();
        assertEquals("BOUNDARY_FIT", model.state(), model.message());
        assertTrue(model.scored());
        assertTrue(model.message().contains("same dropout probability"), model.message());
        assertEquals(ANALYSIS_DATE, model.calibrationEnd());
    }

    @Test
    void everyCustomerWithOrdersHasAClvOrNotEnoughHistoryAndProspectsHaveNoPurchases() {
        SortedHistories histories = new SortedHistories(new ClvHistoryReader(graph).read(ANALYSIS_DATE,
                ClvTimeUnit.WEEKS));
        scores.values().forEach(score -> {
            if (!score.hasOrders()) {
                assertEquals("NO_PURCHASES", score.state(), score.id());
                return;
            }
            boolean tooNew = histories.ageInDays(score.id()) < ClvConfig.defaults().minimumHistoryDays();
            assertTrue(tooNew ? "NOT_ENOUGH_HISTORY".equals(score.state()) && score.value() == null
                    : score.predictedWithSaneNumbers(), score::toString);
        });
        assertTrue(scores.values().stream().filter(ClvScores::predictedWithSaneNumbers).count() > 1500);
    }

    @Test
    void fadingAndChurnedCustomersAreLessLikelyAliveThanSteadyRegulars() {
        double steady = meanProbabilityAlive("STEADY_REGULAR").orElseThrow();
        double fading = meanProbabilityAlive("FADING").orElseThrow();
        double churned = meanProbabilityAlive("CHURNED").orElseThrow();
        System.out.printf("mean P(alive): steady %.3f, fading %.3f, churned %.3f%n", steady, fading, churned);
        assertTrue(fading < steady, () -> "fading " + fading + " vs steady " + steady);
        assertTrue(churned < steady, () -> "churned " + churned + " vs steady " + steady);
    }

    /** Customer ages from the Cypher histories. */
    private record SortedHistories(Map<String, CustomerHistory> byId) {

        double ageInDays(String id) {
            CustomerHistory history = byId.get(id);
            return history == null ? -1 : history.T() * history.unit().daysPerUnit();
        }
    }
}
