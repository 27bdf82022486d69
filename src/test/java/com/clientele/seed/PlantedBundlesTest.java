package com.clientele.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bundles are a real co-purchase signal, and some customers bought only part of a bundle. */
class PlantedBundlesTest {

    private final SeedData data = SeedData.committed();
    private final Map<String, Set<String>> basketOf = new HashMap<>();
    private final Map<String, Set<String>> boughtBy = new HashMap<>();

    PlantedBundlesTest() {
        Map<String, String> customerOf = new HashMap<>();
        data.orders().forEach(order -> customerOf.put(order.id(), order.customerId()));
        for (SeedData.Line line : data.lines()) {
            basketOf.computeIfAbsent(line.orderId(), key -> new HashSet<>()).add(line.productId());
            boughtBy.computeIfAbsent(customerOf.get(line.orderId()), key -> new HashSet<>()).add(line.productId());
        }
    }

    @Test
    void aBasketWithOneBundleProductUsuallyHoldsTheOthers() {
        List<String> weak = new ArrayList<>();
        for (Map.Entry<String, List<String>> bundle : data.bundles().entrySet()) {
            String lead = bundle.getValue().get(0);
            List<Set<String>> withLead = basketOf.values().stream().filter(value -> value.contains(lead)).toList();
            long complete = withLead.stream().filter(set -> set.containsAll(bundle.getValue())).count();
            if (withLead.size() < 20 || complete < 0.5 * withLead.size()) {
                weak.add(bundle.getKey() + ": " + complete + " of " + withLead.size());
            }
        }

        assertEquals(List.of(), weak);
    }

    @Test
    void someCustomersBoughtOnlyPartOfEachBundle() {
        for (Map.Entry<String, List<String>> bundle : data.bundles().entrySet()) {
            long partial = boughtBy.values().stream().filter(products -> bundle.getValue().stream()
                    .anyMatch(products::contains) && !products.containsAll(bundle.getValue())).count();
            assertTrue(partial >= 5, bundle.getKey() + " has only " + partial + " partial buyers");
        }
    }

    @Test
    void bundlesMostlyCrossCategories() {
        long crossing = data.bundles().values().stream().filter(products -> products.stream()
                .map(part -> data.products().get(part).categoryId()).distinct().count() > 1).count();

        assertTrue(crossing * 2 > data.bundles().size(), crossing + " of " + data.bundles().size());
    }
}
