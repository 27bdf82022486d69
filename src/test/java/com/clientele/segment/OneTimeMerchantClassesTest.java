package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.OneTimeMerchantGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a generated merchant where 95 % of the buyers buy on one day only: no one-time buyer is GROWING, REGULAR or
 * LOYAL (or any class that needs a repeat purchase), and the lifecycle and behaviour classes still partition the
 * customers, as the segments API reports them. Read-only.
 */
@UsesDataset(OneTimeMerchantGraph.DATASET)
class OneTimeMerchantClassesTest {

    private static final String SIZES = """
            query($d: SegmentDimension!) { segments(dimension: $d) { className kpis { size } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static List<PurchaseDayClasses> customers;

    @BeforeAll
    static void loadTheOneTimeMerchant() {
        customers = PurchaseDayClasses.readAll(OneTimeMerchantGraph.load());
        System.out.println("95 % one-time merchant, lifecycle: " + PurchaseDayClasses.sizes(customers,
                customer -> true, PurchaseDayClasses::lifecycle) + "; one-time buyers: " + PurchaseDayClasses.sizes(
                customers, PurchaseDayClasses::isOneTimeBuyer, PurchaseDayClasses::lifecycle));
        System.out.println("95 % one-time merchant, behaviour: " + PurchaseDayClasses.sizes(customers,
                customer -> true, PurchaseDayClasses::behaviour) + "; one-time buyers: " + PurchaseDayClasses.sizes(
                customers, PurchaseDayClasses::isOneTimeBuyer, PurchaseDayClasses::behaviour));
        System.out.println("95 % one-time merchant, churn risk of lifecycle CHURNED one-time buyers: "
                + PurchaseDayClasses.sizes(customers, customer -> customer.isOneTimeBuyer()
                        && "CHURNED".equals(customer.lifecycle()), PurchaseDayClasses::churnRisk));
    }

    @Test
    void ninetyFivePercentOfTheBuyersBoughtOnOneDayOnly() {
        long buyers = customers.stream().filter(customer -> customer.purchaseDays() > 0).count();
        long once = customers.stream().filter(PurchaseDayClasses::isOneTimeBuyer).count();
        assertEquals(2_000, customers.size());
        assertTrue(once >= OneTimeMerchantGraph.ONE_TIME_SHARE * buyers, once + " of " + buyers);
    }

    @Test
    void noOneTimeBuyerIsCalledGrowingRegularOrLoyal() {
        assertEquals("none", PurchaseDayClasses.oneTimeBuyersIn(customers, PurchaseDayClasses::lifecycle,
                List.of("GROWING", "MATURE", "DECLINING")), "one-time buyers with a lifecycle that needs a repeat");
        assertEquals("none", PurchaseDayClasses.oneTimeBuyersIn(customers, PurchaseDayClasses::behaviour,
                List.of("REGULAR", "LOYAL", "UNSTABLE")), "one-time buyers with a behaviour that needs a rhythm");
    }

    @Test
    void theLifecycleAndBehaviourClassesPartitionTheCustomersAsTheSegmentsReportThem() {
        assertPartition("LIFECYCLE", Lifecycle.values(), PurchaseDayClasses::lifecycle);
        assertPartition("BEHAVIOUR", Behaviour.values(), PurchaseDayClasses::behaviour);
    }

    private static void assertPartition(String dimension, Enum<?>[] classes,
            Function<PurchaseDayClasses, String> classOf) {
        Map<String, Long> stored = new TreeMap<>();
        for (Enum<?> className : classes) {
            stored.put(className.name(), customers.stream()
                    .filter(customer -> className.name().equals(classOf.apply(customer))).count());
        }
        assertEquals(customers.size(), stored.values().stream().mapToLong(Long::longValue).sum(),
                dimension + ": every customer in exactly one class of " + stored.keySet());
        JsonNode body = api.graphql(SIZES, Map.of("d", dimension));
        assertNull(body.get("errors"), body::toString);
        Map<String, Long> reported = new TreeMap<>();
        body.at("/data/segments").forEach(segment -> reported.put(segment.get("className").asText(),
                segment.at("/kpis/size").asLong()));
        assertEquals(stored, reported, dimension + ": the segments' sizes are the customers' own classes");
    }

    @Test
    void everyChurnRiskThatContradictsTheLifecycleSaysWhyAndNoOtherDoes() {
        Map<String, Long> contradictions = ChurnRiskReasons.assertExactlyTheContradictionsAreExplained(
                ChurnRiskReasons.readAll(api));
        System.out.println("95 % one-time merchant, churn risk contradicting the lifecycle, each with its reason: "
                + contradictions);
        assertTrue(contradictions.getOrDefault("CHURNED/LOW", 0L) > 0, "the data has churned customers rated LOW");
    }
}
