package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over the whole seed graph: every customer in exactly one class per dimension, and no class left empty. */
@UsesDataset(SeedGraph.DATASET)
class SegmentCoverageTest {

    private static final Map<String, Class<? extends Enum<?>>> DIMENSIONS = Map.of(
            "valueTier", ValueTier.class, "rfmSegment", RfmSegment.class, "lifecycle", Lifecycle.class,
            "behaviour", Behaviour.class, "breadth", Breadth.class, "channelClass", ChannelClass.class);
    private static List<Map<String, Object>> customers;

    @BeforeAll
    static void load() {
        customers = SeedGraph.load().read("test-support/segment-classes", Map.of(), row -> row.get("classes").asMap());
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCustomerHasExactlyOneValidClassInEveryDimension() {
        assertEquals(2_000, customers.size());
        DIMENSIONS.forEach((property, type) -> {
            Set<String> valid = names(type);
            long invalid = customers.stream().filter(customer -> !valid.contains(String.valueOf(customer.get(property)))).count();
            assertEquals(0, invalid, property + ": customers without a valid class");
        });
    }

    @Test
    void everyClassOfEveryDimensionHasCustomersOnTheSeedData() {
        DIMENSIONS.forEach((property, type) -> {
            Set<String> seen = customers.stream().map(customer -> String.valueOf(customer.get(property)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(names(type), seen, property);
        });
    }
}
