package com.clientele.bench;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvRefresh;
import com.clientele.customer.CustomerConditions;
import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.ReferralRefresh;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark, not a test: times every customer list of the API over HTTP on one store, one request at a time, so the
 * same command at 2k, 40k and 1M customers shows whether a page costs its own rows or the whole store. Prints, per
 * list, the latency percentiles of {@value #REQUESTS} requests after {@value #WARM_UP} warm-up ones, and the
 * database hits of the list's page statement (PAGE_PROFILE).
 * Run: {@code bench/run PageBenchmark seed | generated N [keepDir] | store DIR [refresh]} (a kept store is reused
 * as it is, or refreshed first; a generated one is refreshed once so that classes, CLV and influence exist).
 */
public final class PageBenchmark {

    private static final int WARM_UP = 300;
    private static final int REQUESTS = 1_000;

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String source = args.length > 0 ? args[0] : "seed";
        try (BenchStore store = open(source, args)) {
            Graph graph = store.graph();
            if (!source.equals("store")) {
                load(graph, source, args);
            }
            if (source.equals("store") && args.length > 2 && args[2].equals("refresh")) {
                refresh(graph);
            }
            long customers = graph.read("customer/count-all", Map.of(), row -> row.get("total").asLong()).get(0);
            System.out.printf("store %s: %,d customers%n", store.home(), customers);
            profile(store);
            if (System.getProperty("profileOnly") != null) {
                return;
            }
            Javalin app = App.create(AppConfig.defaults(0, store.home()), store.driver()).start("127.0.0.1", 0);
            try {
                time(new BenchHttp(app.port()));
            } finally {
                app.stop();
            }
        }
    }

    private static void profile(BenchStore store) {
        Map<String, Object> page = pageOf(CustomerConditions.none(), "id");
        profile(store, "customer/sorted/id-asc", page);
        List<String> ids = store.graph().read("customer/sorted/id-asc", page,
                row -> row.get("customer").get("id").asString()).subList(0, 20);
        profile(store, "order/pages-by-customer", Map.of("ids", ids, "offset", 0, "limit", 5));
        CustomerConditions guangdong = CustomerConditions.none().anyOf(List.of("CN-GD", "广东"), "regionId", "region");
        profile(store, "customer/sorted/name-asc", pageOf(guangdong, "name"));
        profile(store, "customer/count-in-regions", Map.of("values", List.of("CN-GD", "广东")));
        profile(store, "customer/sorted/monetary-desc",
                pageOf(CustomerConditions.none().anyOf(List.of("HIGH"), "valueTier"), "monetary"));
        profile(store, "segment/class-size/value-tier", Map.of("className", "HIGH"));
        profile(store, "customer/sorted/recency-asc", pageOf(CustomerConditions.none()
                .anyOf(List.of("DECLINING"), "lifecycle").between("orderCount", 2, null), "recencyDays"));
    }

    private static Map<String, Object> pageOf(CustomerConditions conditions, String property) {
        Map<String, Object> page = new HashMap<>(conditions.parameters());
        page.putAll(Map.of("offset", 0, "limit", 21, "property", property, "descending", false));
        return page;
    }

    private static void profile(BenchStore store, String statement, Map<String, Object> parameters) {
        System.out.printf("PAGE_PROFILE %s: %s%n", statement,
                StatementProfile.of(store.driver(), store.graph().cypher().get(statement), parameters));
    }

    private static BenchStore open(String source, String[] args) {
        if (source.equals("store")) {
            return BenchStore.kept(Path.of(args[1]));
        }
        if (source.equals("generated") && args.length > 2) {
            return BenchStore.kept(Path.of(args[2]));
        }
        return new BenchStore();
    }

    private static void load(Graph graph, String source, String[] args) {
        long started = System.nanoTime();
        if (source.equals("seed")) {
            new ClienteleImporter(graph).importFolder(CsvFolder.classpath(SeedData.DATASET), SeedData.DATASET);
        } else {
            GeneratedData.load(graph, Integer.parseInt(args[1]));
        }
        System.out.printf("imported in %.1f s%n", BenchStore.millisSince(started) / 1e3);
        refresh(graph);
    }

    private static void refresh(Graph graph) {
        long started = System.nanoTime();
        new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.empty());
        new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.empty());
        ReferralRefresh.run(graph, InfluenceConfig.defaults());
        System.out.printf("refreshed (segments, CLV, influence) in %.1f s%n", BenchStore.millisSince(started) / 1e3);
    }

    private static void time(BenchHttp http) throws Exception {
        Map<String, String> lists = PageQueries.all();
        for (String query : lists.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                http.timedPost(query, Map.of());
            }
        }
        Map<String, String> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> list : lists.entrySet()) {
            double[] millis = new double[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                millis[i] = http.timedPost(list.getValue(), Map.of());
            }
            results.put(list.getKey(), BenchHttp.percentiles(millis));
        }
        results.forEach((name, line) -> System.out.printf("%-28s %s%n", name, line));
    }
}
