package com.clientele.bench;

import com.clientele.neo4j.Graph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic referral graph into Neo4j for benchmarks: customers C0000000.. in sign-up order (one a
 * minute's worth of days apart, over 2020-2025) with region, spend, order count, value tier and lifecycle, and
 * referrals of distinct customers, each by a uniformly chosen customer who signed up before them (so no cycles),
 * the same forest as {@link PageRankBenchmark}. Written in UNWIND batches.
 */
final class BenchReferralGraph {

    private static final int BATCH = 20_000;
    private static final LocalDate FIRST_SIGNUP = LocalDate.of(2020, 1, 1);
    private static final List<String> REGIONS = List.of("广东", "浙江", "北京", "上海", "California", "Texas");
    private static final List<String> TIERS = List.of("HIGH", "MID", "LOW");
    private static final List<String> LIFECYCLES = List.of("NEW", "GROWING", "MATURE", "DECLINING", "CHURNED");

    private BenchReferralGraph() {
    }

    static void write(Graph graph, int customers, int referrals, Random random) {
        for (int start = 0; start < customers; start += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(customers, start + BATCH); i++) {
                rows.add(customer(i, customers, random));
            }
            graph.write("test-support/bench-create-customers", Map.of("rows", rows));
        }
        int[] referred = distinctCustomersAfterTheFirst(customers, referrals, random);
        for (int start = 0; start < referrals; start += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(referrals, start + BATCH); i++) {
                int referrer = random.nextInt(referred[i]);
                rows.add(Map.of("referrerId", id(referrer), "referredId", id(referred[i]),
                        "at", signup(referred[i], customers)));
            }
            graph.write("test-support/bench-create-referrals", Map.of("rows", rows));
        }
    }

    private static Map<String, Object> customer(int i, int customers, Random random) {
        boolean bought = random.nextDouble() < 0.8;
        return Map.of("id", id(i), "region", REGIONS.get(random.nextInt(REGIONS.size())),
                "signupDate", signup(i, customers), "monetary", bought ? Math.round(random.nextDouble() * 500_00) / 100.0
                        : 0.0, "orderCount", bought ? 1 + random.nextInt(12) : 0,
                "valueTier", TIERS.get(random.nextInt(TIERS.size())),
                "lifecycle", bought ? LIFECYCLES.get(random.nextInt(LIFECYCLES.size())) : "PROSPECT");
    }

    static String id(int customer) {
        return String.format("C%07d", customer);
    }

    private static LocalDate signup(int customer, int customers) {
        return FIRST_SIGNUP.plusDays((long) customer * 2190 / customers);
    }

    /** A partial Fisher-Yates shuffle of 1..customers-1, keeping its first {@code referrals} entries. */
    private static int[] distinctCustomersAfterTheFirst(int customers, int referrals, Random random) {
        int[] shuffled = new int[customers - 1];
        Arrays.setAll(shuffled, i -> i + 1);
        for (int i = 0; i < referrals; i++) {
            int pick = i + random.nextInt(shuffled.length - i);
            int kept = shuffled[i];
            shuffled[i] = shuffled[pick];
            shuffled[pick] = kept;
        }
        return Arrays.copyOf(shuffled, referrals);
    }
}
