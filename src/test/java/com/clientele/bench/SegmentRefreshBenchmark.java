package com.clientele.bench;

import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.neo4j.Graph;
import com.clientele.segment.RefreshSummary;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Segment refresh times: a full refresh twice (cold JVM, then warm) and an incremental refresh after one new order.
 * {@code bench/run SegmentRefreshBenchmark seed | online-retail <csv> | generated <customers> | store <dir>} (a kept
 * store, e.g. one ImportBenchmark left, refreshed as it is).
 */
public final class SegmentRefreshBenchmark {

    public static void main(String[] args) throws Exception {
        boolean kept = args.length > 1 && args[0].equals("store");
        try (BenchStore store = kept ? BenchStore.kept(Path.of(args[1])) : new BenchStore()) {
            Graph graph = store.graph();
            long started = System.nanoTime();
            String size = kept ? "store " + args[1] : load(graph, args);
            System.out.printf("data: %s, import %d ms%n", size, BenchStore.millisSince(started));
            SegmentRefresh refresh = new SegmentRefresh(graph, SegmentationConfig.defaults());
            report("full refresh (first)", refresh.full(Optional.empty()));
            RefreshSummary warm = refresh.full(Optional.empty());
            report("full refresh (again)", warm);
            String customer = graph.read("segment/all-customer-ids", Map.of(), row -> row.get("id").asString()).get(0);
            String product = graph.read("catalog/products-page", productPage(), row -> row.get("products").get(0)
                    .get("id").asString()).get(0);
            graph.write("test-support/add-order", Map.of("customerId", customer, "productId", product,
                    "orderId", "bench-incremental-order", "orderedAt", warm.asOf().minusDays(1).atStartOfDay(ZoneOffset.UTC), "channel", "ONLINE", "quantity", 1));
            report("incremental refresh, 1 customer", refresh.incremental(List.of(customer)));
        }
    }

    private static String load(Graph graph, String[] args) throws Exception {
        String kind = args.length == 0 ? "seed" : args[0];
        if (kind.equals("online-retail")) {
            new OnlineRetailImporter(graph).importFile(Path.of(args[1]), "online-retail");
            return "UCI Online Retail (4,339 customers, 397,924 lines)";
        }
        if (kind.equals("generated")) {
            return "generated " + GeneratedData.load(graph, Integer.parseInt(args[1]));
        }
        var report = new ClienteleImporter(graph).importFolder(CsvFolder.directory(Path.of("seed-data")), "bench");
        return kind + " " + report.rowsWritten() + " rows";
    }

    private static Map<String, Object> productPage() {
        Map<String, Object> p = new java.util.HashMap<>();
        for (String key : List.of("ids", "categoryIds", "merchandise", "active", "nameContains")) {
            p.put(key, null);
        }
        p.putAll(Map.of("sortField", "ID", "descending", false, "offset", 0, "limit", 1));
        return p;
    }

    private static void report(String what, RefreshSummary s) {
        System.out.printf("%s: %d customers, %d changed; read %d ms, classify %d ms, write %d ms, total %d ms%n",
                what, s.customers(), s.changed(), s.readMillis(), s.classifyMillis(), s.writeMillis(),
                s.totalMillis());
    }
}
