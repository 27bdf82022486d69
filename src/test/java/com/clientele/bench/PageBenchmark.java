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
            Javalin app = App.create(AppConfig.defaults(0, store.home()), store.driver()).start("127.0.0.1", 0);
            try {
                time(new BenchHttp(app.port()));
            } finally {
                app.stop();
            }
        }
    }

    private static void profile(BenchStore store) {
        Map<String, Object> page = new HashMap<>(CustomerConditions.none().parameters());
        page.putAll(Map.of("offset", 0, "limit", 21, "property", "id", "descending", false));
        System.out.println("PAGE_PROFILE customer/sorted/id-asc: "
                + StatementProfile.of(store.driver(), store.graph().cypher().get("customer/sorted/id-asc"), page));
        List<String> ids = store.graph().read("customer/sorted/id-asc", page,
                row -> row.get("customer").get("id").asString()).subList(0, 20);
        System.out.println("PAGE_PROFILE order/pages-by-customer (20 customers, 5 orders): " + StatementProfile.of(
                store.driver(), store.graph().cypher().get("order/pages-by-customer"),
                Map.of("ids", ids, "offset", 0, "limit", 5)));
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
