package com.clientele.bench;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
import com.clientele.crosssell.CrossSellRefreshSummary;
import com.clientele.neo4j.Graph;
import com.clientele.segment.RefreshSummary;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Benchmark, not a test: generates {@code customers} customers' data with the product's generator (40,000 give about
 * 1M order lines), imports it into a fresh embedded Neo4j, runs the segment refresh (cold-start lists need the
 * lifecycle) and the cross-sell refresh (timed; on a kept store the refresh runs again), then serves the production
 * API and times over HTTP, one request at a time: {@code crossSell(first: 10)} for one customer (a different customer
 * each request) side by side with reference requests (round-robin), and {@code crossSellBatch} of 1,000 distinct
 * customers. Each phase warms up until the JIT compiler has settled ({@link SteadyState}); the process CPU per round
 * is printed, so a run on a slower (shared) machine shows as such. {@code bench/run CrossSellLatencyBenchmark
 * [customers [store]]}: with a store directory the store is kept, and a later run on it skips the import.
 */
public final class CrossSellLatencyBenchmark {

    private static final int MIN_WARM_UP = 1_000;
    private static final int MAX_WARM_UP = 20_000;
    private static final int REQUESTS = 2_000;
    private static final int BATCH = 1_000;
    private static final int BATCH_WARM_UP = 5;
    private static final int BATCHES = 30;
    private static final String ONE = "query($id: ID!) { customer(id: $id) { crossSell(first: 10) { product { id name"
            + " price } score category { id } reasonKind reason becauseOf { id } } } }";
    private static final String MANY = "query($ids: [ID!]!) { crossSellBatch(customerIds: $ids, first: 10) {"
            + " customerId recommendations { product { id name price } score category { id } reasonKind reason } } }";

    private static final String ONE_IN_A_BATCH = "query($id: ID!) { crossSellBatch(customerIds: [$id], first: 10) {"
            + " recommendations { product { id name price } score category { id } reasonKind reason becauseOf { id } } } }";

    private CrossSellLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        try (BenchStore store = args.length > 1 ? BenchStore.kept(Path.of(args[1])) : new BenchStore()) {
            Graph graph = store.graph();
            if (graph.read("ingest/graph-has-data", Map.of(), row -> row.get("hasData").asBoolean()).get(0)) {
                System.out.println("timing the data already in " + store.home());
                refreshCrossSell(graph);
            } else {
                load(graph, customers);
            }
            List<String> ids = new ArrayList<>(graph.read("segment/all-customer-ids", Map.of(),
                    row -> row.get("id").asString()));
            Collections.shuffle(ids, new Random(42));
            Javalin app = App.create(AppConfig.defaults(0, store.home()), store.driver()).start("127.0.0.1", 0);
            try {
                BenchHttp http = new BenchHttp(app.port());
                timeSideBySide(http, ids);
                timeBatches(http, ids);
            } finally {
                app.stop();
            }
        }
    }

    private static void load(Graph graph, int customers) {
        long started = System.nanoTime();
        System.out.printf("generated and imported %s in %d ms%n", GeneratedData.load(graph, customers),
                BenchStore.millisSince(started));
        RefreshSummary segments = new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.empty());
        System.out.printf("segment refresh %d ms%n", segments.totalMillis());
        refreshCrossSell(graph);
    }

    /** The requests are timed after a cross-sell refresh, also on a kept store (which warms its page cache too). */
    private static void refreshCrossSell(Graph graph) {
        CrossSellRefreshSummary model = new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run();
        System.out.println("cross-sell refresh " + model);
    }

    /**
     * Times the single-customer requests round-robin, one of each variant in turn, so that every variant meets the
     * same moments of the run (JIT, GC, background work): ratios between the rows are then fair.
     */
    private static void timeSideBySide(BenchHttp http, List<String> ids) throws Exception {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("crossSell(first: 10), one customer per request", ONE);
        variants.put("reference: { __typename } (key check only)", "{ __typename }");
        variants.put("reference: customer(id) { id }", "query($id: ID!) { customer(id: $id) { id } }");
        variants.put("reference: crossSellBatch of that one customer (no customer lookup)", ONE_IN_A_BATCH);
        List<String> queries = List.copyOf(variants.values());
        double[][] millis = new double[queries.size()][REQUESTS];
        int warmedUp = SteadyState.warmUp("single-customer requests", 250, MIN_WARM_UP, MAX_WARM_UP,
                index -> round(http, queries, ids.get(index % ids.size()), null, 0));
        long cpuAtStart = processCpuNanos();
        long compileAtStart = SteadyState.compilationMillis();
        long wallAtStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            round(http, queries, ids.get((warmedUp + i) % ids.size()), millis, i);
        }
        double cpuMillis = (processCpuNanos() - cpuAtStart) / 1e6;
        double wallMillis = (System.nanoTime() - wallAtStart) / 1e6;
        List<String> labels = List.copyOf(variants.keySet());
        for (int v = 0; v < labels.size(); v++) {
            System.out.println(labels.get(v) + ": " + BenchHttp.percentiles(millis[v]));
        }
        System.out.printf("process CPU while timing: %.1f ms per round of %d requests over %.1f ms wall per round"
                + " (%d cores); JIT compilation while timing: %d ms (%.1f %% of the wall time)%n", cpuMillis / REQUESTS,
                queries.size(), wallMillis / REQUESTS, Runtime.getRuntime().availableProcessors(),
                SteadyState.compilationMillis() - compileAtStart,
                100.0 * (SteadyState.compilationMillis() - compileAtStart) / wallMillis);
    }

    /** One request of each variant, for one customer; the timings go to column {@code index} when asked for. */
    private static void round(BenchHttp http, List<String> queries, String customerId, double[][] millis, int index)
            throws Exception {
        Map<String, Object> customer = Map.of("id", customerId);
        for (int v = 0; v < queries.size(); v++) {
            double took = http.timedPost(queries.get(v), queries.get(v).contains("$id") ? customer : Map.of());
            if (millis != null) {
                millis[v][index] = took;
            }
        }
    }

    /** CPU time of this whole process (client, server and the embedded Neo4j), all threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void timeBatches(BenchHttp http, List<String> ids) throws Exception {
        int warmedUp = SteadyState.warmUp("crossSellBatch of 1,000", 5, BATCH_WARM_UP, 40,
                index -> http.timedPost(MANY, Map.of("ids", batch(ids, index))));
        double[] millis = new double[BATCHES];
        for (int i = 0; i < BATCHES; i++) {
            millis[i] = http.timedPost(MANY, Map.of("ids", batch(ids, warmedUp + i)));
        }
        System.out.println("crossSellBatch of 1,000 customers, first: 10: " + BenchHttp.percentiles(millis));
    }

    private static List<String> batch(List<String> ids, int index) {
        int start = (index * BATCH) % Math.max(1, ids.size() - BATCH);
        return ids.subList(start, Math.min(ids.size(), start + BATCH));
    }
}
