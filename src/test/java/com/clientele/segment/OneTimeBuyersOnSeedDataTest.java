package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.ModelledSeedGraph;
import com.clientele.support.UsesDataset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the seed data (every model derived): a customer who bought on one day only is never GROWING ("buying more often
 * than when they started"), REGULAR or LOYAL; they are NEW, ONE_TIME or CHURNED; and a churn risk that contradicts
 * the lifecycle always comes with its reason. Read-only.
 */
@UsesDataset(ModelledSeedGraph.DATASET)
class OneTimeBuyersOnSeedDataTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static List<PurchaseDayClasses> customers;

    @BeforeAll
    static void loadTheModelledSeedGraph() {
        customers = PurchaseDayClasses.readAll(ModelledSeedGraph.load());
        System.out.println("seed data, lifecycle: " + PurchaseDayClasses.sizes(customers, customer -> true,
                PurchaseDayClasses::lifecycle) + "; one-time buyers: " + PurchaseDayClasses.sizes(customers,
                PurchaseDayClasses::isOneTimeBuyer, PurchaseDayClasses::lifecycle));
        System.out.println("seed data, behaviour: " + PurchaseDayClasses.sizes(customers, customer -> true,
                PurchaseDayClasses::behaviour) + "; one-time buyers: " + PurchaseDayClasses.sizes(customers,
                PurchaseDayClasses::isOneTimeBuyer, PurchaseDayClasses::behaviour));
        System.out.println("seed data, churn risk of lifecycle CHURNED customers: " + PurchaseDayClasses.sizes(
                customers, customer -> "CHURNED".equals(customer.lifecycle()), PurchaseDayClasses::churnRisk)
                + "; of them one-time buyers: " + PurchaseDayClasses.sizes(customers, customer ->
                        customer.isOneTimeBuyer() && "CHURNED".equals(customer.lifecycle()),
                PurchaseDayClasses::churnRisk));
    }

    @Test
    void noOneTimeBuyerIsCalledGrowingRegularOrLoyal() {
        assertTrue(customers.stream().filter(PurchaseDayClasses::isOneTimeBuyer).count() >= 30,
                "the seed data has one-time buyers to check");
        assertEquals("none", PurchaseDayClasses.oneTimeBuyersIn(customers, PurchaseDayClasses::lifecycle,
                List.of("GROWING", "MATURE", "DECLINING")), "one-time buyers with a lifecycle that needs a repeat");
        assertEquals("none", PurchaseDayClasses.oneTimeBuyersIn(customers, PurchaseDayClasses::behaviour,
                List.of("REGULAR", "LOYAL", "UNSTABLE")), "one-time buyers with a behaviour that needs a rhythm");
    }

    @Test
    void everyChurnRiskThatContradictsTheLifecycleSaysWhyAndNoOtherDoes() {
        Map<String, Long> contradictions = ChurnRiskReasons.assertExactlyTheContradictionsAreExplained(
                ChurnRiskReasons.readAll(api));
        System.out.println("seed data, churn risk contradicting the lifecycle, each with its reason: " + contradictions);
        assertTrue(contradictions.getOrDefault("CHURNED/LOW", 0L) > 0, "the data has churned customers rated LOW");
    }
}
