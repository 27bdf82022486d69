package com.clientele.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed seed-data/ has the advertised size and shape. */
class SeedDataCountsTest {

    private final SeedData data = SeedData.committed();

    @Test
    void customersProductsAndOrdersAreInTheAdvertisedRanges() {
        assertEquals(2_000, data.customers().size());
        assertInRange("products", data.products().size(), 150, 300);
        assertInRange("orders", data.orders().size(), 18_000, 22_000);
        assertInRange("referred customers", data.referrals().size(), 400, 600);
        assertInRange("lines per order x100", data.lines().size() * 100 / data.orders().size(), 100, 600);
    }

    @Test
    void theCategoryTreeHasDepartmentsAndTenToFifteenLeaves() {
        Set<String> parents = data.categories().stream().map(SeedData.Category::parentId)
                .filter(part -> !part.isEmpty()).collect(Collectors.toSet());
        long leaves = data.categories().stream().filter(category -> !parents.contains(category.id())).count();
        long roots = data.categories().stream().filter(category -> category.parentId().isEmpty()).count();

        assertInRange("leaf categories", leaves, 10, 15);
        assertInRange("departments", roots, 4, 6);
        assertTrue(data.products().values().stream().noneMatch(product -> parents.contains(product.categoryId())),
                "products sit in leaf categories");
    }

    @Test
    void someProductsAreFeesSomeAreInactiveAndSomeLaunchDuringTheWindow() {
        LocalDate start = GeneratorSettings.DEFAULT_FIRST_ORDER_DATE;
        long fees = data.products().values().stream().filter(product -> !product.merchandise()).count();
        long inactive = data.products().values().stream().filter(product -> !product.active()).count();
        long launchedInWindow = data.products().values().stream().filter(product -> !product.launch().isBefore(start)).count();

        assertInRange("non-merchandise products", fees, 1, 10);
        assertInRange("inactive products", inactive, 1, 20);
        assertTrue(launchedInWindow >= 30, "products launched in the window: " + launchedInWindow);
    }

    @Test
    void thereAreTenToFifteenBundlesOfTwoOrThreeProducts() {
        assertInRange("bundles", data.bundles().size(), 10, 15);
        data.bundles().forEach((id, products) -> assertInRange(id, products.size(), 2, 3));
    }

    @Test
    void everyPlantedBehaviourHasEnoughCustomers() {
        for (Behaviour behaviour : Behaviour.values()) {
            int count = data.plantedWith(behaviour).size();
            if (behaviour == Behaviour.SUPER_REFERRER) {
                assertInRange(behaviour.name(), count, 3, 5);
            } else {
                assertInRange(behaviour.name(), count, 30, 150);
            }
        }
    }

    private static void assertInRange(String what, long value, long min, long max) {
        assertTrue(value >= min && value <= max, what + " = " + value + ", expected " + min + ".." + max);
    }
}
