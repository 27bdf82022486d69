package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.SeedGraph;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed data after a full segment refresh and a CLV refit as of its analysis date, with the default settings
 * (MBG/NBD): a churn risk that contradicts the lifecycle class always carries its explanation.
 */
@UsesDataset(value = SeedGraph.DATASET, changesGraph = true)
class ClvChurnRiskAgainstLifecycleTest {

    private static Collection<CustomerClv> customers;

    @BeforeAll
    static void refitTheSeedGraph() {
        Graph graph = SeedGraph.load();
        new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.of(SeedGraph.AS_OF));
        List<String> ids = List.copyOf(ClvScores.read(graph).keySet());
        customers = new ClvRepository(graph).byIds(ids).values();
    }

    @AfterAll
    static void forgetTheRefittedGraph() {
        TestNeo4j.get().forget();
    }

    @Test
    void everyLifecycleChurnedCustomerWithLowChurnRiskSaysWhyInBothLanguages() {
        List<CustomerClv> churned = customers.stream().filter(clv -> "CHURNED".equals(clv.lifecycle())).toList();
        List<CustomerClv> low = churned.stream().filter(clv -> "LOW".equals(clv.churnRisk())).toList();
        long unexplained = low.stream().filter(clv -> clv.churnRiskNote() == null).count();
        System.out.println(low.size() + " of " + churned.size() + " lifecycle-CHURNED customers have churn risk LOW, "
                + unexplained + " without a note" + (low.isEmpty() ? "" : "; e.g. " + low.get(0).churnRiskNote()));
        assertTrue(churned.size() > 100, "the seed plants churned customers: " + churned.size());
        assertEquals(0, unexplained);
        low.forEach(clv -> assertTrue(!clv.churnRiskNote().en().isBlank() && !clv.churnRiskNote().zh().isBlank()));
    }

    @Test
    void customersWhoseChurnRiskAgreesWithTheirLifecycleCarryNoNote() {
        long agreeing = customers.stream()
                .filter(clv -> "CHURNED".equals(clv.lifecycle()) && "HIGH".equals(clv.churnRisk())).count();
        assertTrue(agreeing > 0);
        assertEquals(0, customers.stream().filter(clv -> "CHURNED".equals(clv.lifecycle())
                && "HIGH".equals(clv.churnRisk()) && clv.churnRiskNote() != null).count());
    }
}
