package com.clientele.crosssell;

import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On the seed data, a customer who bought part of a planted bundle is offered the rest of it first. */
@UsesDataset(SeedGraph.DATASET)
class PlantedBundlesCrossSellTest {

    private static final double REQUIRED_RATE = 0.70;

    private final SeedCrossSell seed = new SeedCrossSell();

    @Test
    void aCustomerWhoBoughtOneHalfOfABundleGetsTheOtherHalfInTheTopThree() {
        List<String> ids = new ArrayList<>(seed.orderCounts().keySet());
        Map<String, Map<String, List<String>>> owned = seed.owned(ids);
        Map<String, List<Recommendation>> top3 = seed.recommend(ids, CrossSellRequest.top(3));
        int cases = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<String>> bundle : SeedCrossSell.bundles().entrySet()) {
            for (String customer : ids) {
                Set<String> bought = new HashSet<>(owned.get(customer).get("products"));
                List<String> missing = bundle.getValue().stream().filter(p -> !bought.contains(p)).toList();
                if (missing.size() == bundle.getValue().size() - 1) {
                    cases++;
                    List<String> offered = top3.get(customer).stream().map(Recommendation::productId).toList();
                    if (!offered.containsAll(missing)) {
                        misses.add(customer + " " + bundle.getKey() + " missing " + missing + " offered " + offered);
                    }
                }
            }
        }
        double rate = 1 - (double) misses.size() / cases;
        System.out.printf("bundle completion in the top 3: %d of %d customer-bundle cases (%.1f %%)%n",
                cases - misses.size(), cases, 100 * rate);
        assertTrue(cases >= 100, "too few customers bought exactly one half of a bundle: " + cases);
        assertTrue(rate >= REQUIRED_RATE, "rate " + rate + "; first misses: "
                + misses.subList(0, Math.min(5, misses.size())));
    }
}
