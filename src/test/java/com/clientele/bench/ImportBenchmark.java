package com.clientele.bench;

import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.ImportReport;
import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.neo4j.Graph;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Import rates of the product's importer into an embedded store: lines/s into an empty store, a replay of the same
 * data (which must change nothing), and a second data set of new customers and orders into the populated store.
 * <pre>
 * bench/run ImportBenchmark generated 40000 [store-dir [empty-only]]   (store-dir: kept after the run)
 * bench/run ImportBenchmark online-retail ../shared/datasets/online-retail/online_retail.csv
 * bench/run ImportBenchmark seed
 * </pre>
 * Generated data is written once to {@code /tmp/clientele-bench-data-N} (and its new-keys copy beside it) and reused.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        String kind = args.length == 0 ? "seed" : args[0];
        if (kind.equals("online-retail")) {
            onlineRetail(Path.of(args[1]));
            return;
        }
        Path data = kind.equals("generated") ? BenchDataFolders.generated(Integer.parseInt(args[1]))
                : Path.of("seed-data");
        Path second = BenchDataFolders.withNewKeys(data);
        try (BenchStore store = args.length > 2 ? BenchStore.kept(Path.of(args[2])) : new BenchStore()) {
            Graph graph = store.graph();
            long lines = BenchDataFolders.lines(data);
            System.out.printf("data: %s, %d order lines%n", data, lines);
            Map<String, Long> before = timed("empty store", graph, data, lines);
            if (args.length > 3 && args[3].equals("empty-only")) {
                return;
            }
            Map<String, Long> replayed = timed("replay", graph, data, lines);
            System.out.printf("replay changed nothing: %s%n", before.equals(replayed));
            timed("populated store (new keys)", graph, second, BenchDataFolders.lines(second));
        }
    }

    /** CPU time of this process (client and embedded server): the load of other jobs moves it less than wall time. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static Map<String, Long> timed(String what, Graph graph, Path folder, long lines) {
        long started = System.nanoTime();
        long cpuStarted = cpuMillis();
        ImportReport report = new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "bench");
        long millis = BenchStore.millisSince(started);
        long cpu = cpuMillis() - cpuStarted;
        System.out.printf("%s: %d rows written, %d bad, %d ms, %.0f lines/s; CPU %d ms, %.0f lines per CPU-second%n",
                what, report.rowsWritten(), report.badRowCount(), millis, lines * 1000.0 / Math.max(millis, 1), cpu,
                lines * 1000.0 / Math.max(cpu, 1));
        return BenchFingerprint.of(graph);
    }

    private static void onlineRetail(Path csv) {
        try (BenchStore store = new BenchStore()) {
            Graph graph = store.graph();
            for (String what : new String[] {"empty store", "replay"}) {
                long started = System.nanoTime();
                ImportReport report = new OnlineRetailImporter(graph).importFile(csv, "online-retail");
                long millis = BenchStore.millisSince(started);
                System.out.printf("online-retail %s: %d rows written, %d ms, %.0f lines/s%n", what,
                        report.rowsWritten(), millis, report.rowsWritten() * 1000.0 / Math.max(millis, 1));
            }
        }
    }
}
