package com.clientele.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Lists that multiply work (issue 12 point 2): crossSellBatch and id filters with 100 to 10,000 ids (real,
 * unknown, duplicated), long lists of regions and cities, and long {@code nameContains} strings. Whatever runs must
 * be charged at least half of what it really costs (checked on every answer), the rest refused.
 */
final class Batches implements RequestSource {

    private static final int[] SIZES = {100, 300, 1_000, 3_000, 10_000};

    private final KnownIds ids;
    private final StormKeys keys;

    Batches(KnownIds ids, StormKeys keys) {
        this.ids = ids;
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.BATCHES;
    }

    @Override
    public HostileRequest next(Random random) {
        int size = SIZES[random.nextInt(SIZES.length)];
        List<String> batch = batch(size, random);
        int first = List.of(1, 10, 100).get(random.nextInt(3));
        return switch (random.nextInt(5)) {
            case 0, 1 -> query("crossSellBatch of " + size + " ids, first " + first, keys.integrator(),
                    "query Storm($ids: [ID!]!) { crossSellBatch(customerIds: $ids, first: " + first + ") {"
                    + " customerId recommendations { product { id } score } } }", Map.of("ids", batch));
            case 2 -> query("customers filtered by " + size + " ids", keys.anyValid(random), "query Storm($ids:"
                    + " [ID!]) { customers(first: 100, filter: {ids: $ids}) { totalCount nodes { id region } } }",
                    Map.of("ids", batch));
            case 3 -> query("products filtered by " + size + " ids", keys.anyValid(random), "query Storm($ids:"
                    + " [ID!]) { products(first: 100, filter: {ids: $ids}) { totalCount nodes { id } } }",
                    Map.of("ids", batch));
            default -> query("customers filtered by " + size + " regions and cities", keys.anyValid(random),
                    "query Storm($places: [String!]) { customers(first: 5, filter: {regions: $places, cities:"
                    + " $places}) { totalCount } segments(dimension: VALUE_TIER) { kpis { size } } }",
                    Map.of("places", batch));
        };
    }

    @Override
    public List<HostileRequest> fixed() {
        Random random = new Random(7);
        return List.of(
                query("crossSellBatch of 10,000 real (duplicated) ids, first 10", keys.integrator(),
                        "query Storm($ids: [ID!]!) { crossSellBatch(customerIds: $ids, first: 10) { customerId"
                        + " recommendations { product { id } } } }", Map.of("ids", realIds(10_000, random))),
                query("nameContains of 100,000 characters", keys.integrator(), "query Storm($name: String) {"
                        + " customers(first: 5, filter: {nameContains: $name}) { totalCount } }",
                        Map.of("name", "李".repeat(33_000))),
                query("nameContains of 900,000 characters", keys.integrator(), "query Storm($name: String) {"
                        + " customers(first: 5, filter: {nameContains: $name}) { totalCount } }",
                        Map.of("name", "a".repeat(900_000))));
    }

    private List<String> batch(int size, Random random) {
        List<String> batch = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            int pick = random.nextInt(4);
            batch.add(pick == 0 ? "storm-nobody-" + index : pick == 1 && !batch.isEmpty() ? batch.get(0)
                    : ids.any(random));
        }
        return batch;
    }

    private List<String> realIds(int size, Random random) {
        List<String> batch = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            batch.add(KnownIds.pick(ids.customers(), random));
        }
        return batch;
    }

    private HostileRequest query(String description, String authorization, String query, Map<String, Object> vars) {
        return graphql(description, authorization, query, vars, Expectation.none());
    }
}
