package com.clientele.crosssell;

import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the seed data, a customer who bought part of a planted bundle is offered the rest of it first. Some customers
 * bought part of several bundles and miss more products than fit in a top 3: their top 3 must then consist of
 * missing bundle products only.
 */
@UsesDataset(SeedGraph.DATASET)
class PlantedBundlesCrossSellTest {

    private static final int TOP = 3;

    private final SeedCrossSell seed = new SeedCrossSell();

    @Test
    void aCustomerWhoBoughtPartOfABundleGetsTheRestOfItInTheTopThree() {
        List<String> ids = new ArrayList<>(seed.orderCounts().keySet());
        Map<String, Map<String, List<String>>> owned = seed.owned(ids);
        Map<String, List<Recommendation>> top = seed.recommend(ids, CrossSellRequest.top(TOP));
        int customers = 0;
        int cases = 0;
        int completedCases = 0;
        List<String> misses = new ArrayList<>();
        for (String customer : ids) {
            Set<String> bought = new HashSet<>(owned.get(customer).get("products"));
            List<List<String>> partlyBought = missingParts(bought);
            if (partlyBought.isEmpty()) {
                continue;
            }
            customers++;
            cases += partlyBought.size();
            List<String> offered = top.get(customer).stream().map(Recommendation::productId).toList();
            completedCases += (int) partlyBought.stream().filter(offered::containsAll).count();
            Set<String> missing = new LinkedHashSet<>();
            partlyBought.forEach(missing::addAll);
            boolean allFit = missing.size() <= TOP;
            if (allFit ? !offered.containsAll(missing) : !missing.containsAll(offered)) {
                misses.add(customer + " missing " + missing + " offered " + offered);
            }
        }
        System.out.printf("bundles: %d customers bought part of one; %d of %d customer-bundle cases completed in the"
                + " top 3; %d customers wrong%n", customers, completedCases, cases, misses.size());
        assertTrue(customers >= 100, "too few customers bought part of a bundle: " + customers);
        assertEquals(List.of(), misses.subList(0, Math.min(10, misses.size())), misses.size() + " customers wrong");
    }

    @Test
    void theMissingPartOfASetIsExplainedByTheBoughtPart() {
        List<String> ids = new ArrayList<>(seed.orderCounts().keySet());
        List<Recommendation> completions = seed.recommend(ids, CrossSellRequest.top(TOP)).values().stream()
                .flatMap(List::stream).filter(recommendation -> recommendation.reasonKind() == ReasonKind.COMPLETES_SET).toList();
        Map<String, List<String>> bundles = SeedCrossSell.bundles();
        assertTrue(completions.size() >= 100, "completions: " + completions.size());
        for (Recommendation completion : completions) {
            String anchor = completion.becauseOf().get(0).id();
            assertTrue(bundles.values().stream().anyMatch(value -> value.contains(anchor) && value.contains(completion.productId())),
                    completion.productId() + " offered to complete a set with " + anchor + ", which is no bundle");
            assertTrue(completion.reason().startsWith("completes the set: often in the same order as "),
                    completion.reason());
        }
    }

    /** For each planted bundle the customer bought part of (not all), the products of it they did not buy. */
    private static List<List<String>> missingParts(Set<String> bought) {
        List<List<String>> parts = new ArrayList<>();
        for (List<String> bundle : SeedCrossSell.bundles().values()) {
            List<String> missing = bundle.stream().filter(part -> !bought.contains(part)).toList();
            if (!missing.isEmpty() && missing.size() < bundle.size()) {
                parts.add(missing);
            }
        }
        return parts;
    }
}
