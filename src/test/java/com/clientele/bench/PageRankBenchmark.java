package com.clientele.bench;

import com.clientele.referral.DirectedGraph;
import com.clientele.referral.PageRank;
import com.clientele.referral.PageRankResult;
import com.clientele.referral.PageRankSettings;
import java.util.Arrays;
import java.util.Random;

/**
 * Benchmark, not a test: times PageRank alone (networkx's defaults, and a tight tolerance) on a synthetic referral forest of 1,000,000
 * customers and 250,000 referrals (seed 42). Customers are numbered in sign-up order; 250,000 distinct customers
 * were referred, each by a uniformly chosen customer who signed up before them, so referrals never form a cycle.
 * Run: {@code mvn -q test-compile && java -cp target/test-classes:target/classes:$(mvn -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout) com.clientele.bench.PageRankBenchmark}.
 */
public final class PageRankBenchmark {

    private static final int CUSTOMERS = 1_000_000;
    private static final int REFERRALS = 250_000;
    private static final int RUNS = 7;

    private PageRankBenchmark() {
    }

    public static void main(String[] args) {
        long buildStart = System.nanoTime();
        DirectedGraph forest = referralForest(new Random(42));
        System.out.printf("built %,d customers / %,d referrals in %.1f ms%n", forest.nodeCount(),
                forest.edgeCount(), millisSince(buildStart));
        time(forest, "networkx defaults (stop when L1 change < N x 1e-6 = 1.0)", PageRankSettings.defaults());
        time(forest, "tight (stop when L1 change < N x 1e-12 = 1e-6)", new PageRankSettings(0.85, 1e-12, 100));
    }

    private static void time(DirectedGraph forest, String label, PageRankSettings settings) {
        double[] millis = new double[RUNS];
        PageRankResult result = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = PageRank.compute(forest, settings);
            millis[run] = millisSince(start);
        }
        Arrays.sort(millis);
        System.out.printf("PageRank, %s: %d iterations, last L1 change %.3g; slowest %.1f ms, median %.1f ms,"
                + " fastest %.1f ms over %d runs%n", label, result.iterations(), result.lastChange(),
                millis[RUNS - 1], millis[RUNS / 2], millis[0], RUNS);
    }

    /** Edges run from each referred customer to the referrer, the way influence credit flows. */
    private static DirectedGraph referralForest(Random random) {
        int[] referred = distinctCustomersAfterTheFirst(random);
        int[] referrers = new int[REFERRALS];
        for (int i = 0; i < REFERRALS; i++) {
            referrers[i] = random.nextInt(referred[i]);
        }
        return DirectedGraph.fromEdges(CUSTOMERS, referred, referrers, REFERRALS);
    }

    /** A partial Fisher-Yates shuffle of 1..CUSTOMERS-1, keeping its first REFERRALS entries. */
    private static int[] distinctCustomersAfterTheFirst(Random random) {
        int[] customers = new int[CUSTOMERS - 1];
        Arrays.setAll(customers, i -> i + 1);
        for (int i = 0; i < REFERRALS; i++) {
            int pick = i + random.nextInt(customers.length - i);
            int kept = customers[i];
            customers[i] = customers[pick];
            customers[pick] = kept;
        }
        return Arrays.copyOf(customers, REFERRALS);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
