package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed generator planted behaviours (seed-data/planted/); the classification must find them. */
@UsesDataset(SeedGraph.DATASET)
class PlantedBehaviourTest {

    private static Map<String, Map<String, Object>> classes;
    private static Map<String, List<String>> planted;

    @BeforeAll
    static void classify() throws IOException {
        Graph graph = SeedGraph.load();
        classes = graph.read("test-support/segment-classes", Map.of(), row -> row).stream().collect(Collectors.toMap(
                row -> row.get("id").asString(), row -> row.get("classes").asMap()));
        planted = Files.readAllLines(Path.of("seed-data/planted/customers.csv")).stream().skip(1)
                .map(line -> line.split(",")).collect(Collectors.groupingBy(parts -> parts[1],
                        Collectors.mapping(parts -> parts[0], Collectors.toList())));
    }

    private static List<String> misclassified(String behaviour, Predicate<Map<String, Object>> expected) {
        List<String> ids = planted.get(behaviour);
        assertTrue(ids.size() >= 30, behaviour + " has enough planted customers");
        List<String> wrong = new ArrayList<>();
        ids.stream().filter(id -> !expected.test(classes.get(id))).forEach(wrong::add);
        return wrong;
    }

    private static Predicate<Map<String, Object>> is(String property, Object... values) {
        Set<Object> allowed = Set.of(values);
        return customer -> allowed.contains(customer.get(property));
    }

    @Test
    void bigSpendersAreHighValue() {
        assertEquals(List.of(), misclassified("BIG_SPENDER", is("valueTier", "HIGH")));
    }

    @Test
    void steadyRegularsAreLoyalAndMature() {
        assertEquals(List.of(), misclassified("STEADY_REGULAR", is("behaviour", "LOYAL").and(is("lifecycle", "MATURE"))));
    }

    @Test
    void fadingCustomersAreDecliningOrAtRisk() {
        assertEquals(List.of(), misclassified("FADING",
                is("lifecycle", "DECLINING").or(is("rfmSegment", "AT_RISK", "CANT_LOSE_THEM"))));
    }

    @Test
    void churnedCustomersAreChurnedInLifecycleAndBehaviour() {
        assertEquals(List.of(), misclassified("CHURNED", is("lifecycle", "CHURNED").and(is("behaviour", "CHURNED"))));
    }

    @Test
    void prospectsArePotentialProspectsWithNoPurchase() {
        assertEquals(List.of(), misclassified("PROSPECT", is("lifecycle", "PROSPECT").and(is("behaviour", "POTENTIAL"))
                .and(is("rfmSegment", "NO_PURCHASE")).and(is("breadth", "NONE")).and(is("channelClass", "NONE"))));
    }

    @Test
    void newAndGrowingCustomersAreInTheirLifecycleStages() {
        assertEquals(List.of(), misclassified("NEW", is("lifecycle", "NEW")));
        assertEquals(List.of(), misclassified("GROWING", is("lifecycle", "GROWING")));
    }

    @Test
    void unstableBuyersWhoAreStillActiveAreUnstable() {
        List<String> active = planted.get("UNSTABLE").stream()
                .filter(id -> !"CHURNED".equals(classes.get(id).get("lifecycle"))).toList();
        long unstable = active.stream().filter(id -> "UNSTABLE".equals(classes.get(id).get("behaviour"))).count();
        assertTrue(active.size() >= 20 && unstable >= 0.9 * active.size(), unstable + " of " + active.size());
    }

    @Test
    void breadthFindsOneCategoryAndBroadBuyers() {
        assertEquals(List.of(), misclassified("SINGLE_CATEGORY", is("breadth", "SINGLE_CATEGORY")));
        assertEquals(List.of(), misclassified("BROAD_BUYER", is("breadth", "BROAD")));
    }

    @Test
    void preferenceFlagsFindDiscountAndNewProductSeekers() {
        assertEquals(List.of(), misclassified("DISCOUNT_SEEKER", is("discountSeeking", true)));
        assertEquals(List.of(), misclassified("NEW_PRODUCT_SEEKER", is("newProductSeeking", true)));
    }

    @Test
    void channelsAreFoundFromTheOrders() {
        assertEquals(List.of(), misclassified("ONLINE_ONLY", is("channelClass", "ONLINE")));
        assertEquals(List.of(), misclassified("OFFLINE_ONLY", is("channelClass", "OFFLINE")));
        assertEquals(List.of(), misclassified("MIXED_CHANNEL", is("channelClass", "MIXED")));
    }
}
