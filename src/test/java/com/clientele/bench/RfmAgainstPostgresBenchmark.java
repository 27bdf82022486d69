package com.clientele.bench;

import com.clientele.neo4j.Graph;
import com.clientele.segment.RefreshSummary;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clientele's side of bench/postgres-rfm.sh: a full segment refresh twice (first: every class written; again:
 * nothing changes) on the chosen data, then the RFM segment counts and the analysis date it used, and the customers
 * and orders as CSV for PostgreSQL to score the same numbers.
 * {@code bench/run RfmAgainstPostgresBenchmark seed | generated <customers> | store <dir>  <export-dir>}
 */
public final class RfmAgainstPostgresBenchmark {

    public static void main(String[] args) throws IOException {
        BenchData data = BenchData.open(args[0], args.length > 1 ? args[1] : "");
        Path export = Path.of(args[BenchData.argumentsOf(args[0])]);
        Files.createDirectories(export);
        try (BenchStore store = data.store()) {
            Graph graph = store.graph();
            SegmentRefresh refresh = new SegmentRefresh(graph, SegmentationConfig.defaults());
            timed("first", refresh);
            RefreshSummary again = timed("again", refresh);
            List<String> counts = graph.read("test-support/rfm-segment-counts", Map.of(),
                    row -> row.get("segment").asString() + "," + row.get("customers").asLong());
            Files.write(export.resolve("clientele-rfm-counts.csv"), counts);
            Files.writeString(export.resolve("as-of-epoch-day.txt"), again.asOf().toEpochDay() + "\n");
            timeAggregates(graph, again.asOf());
            long started = System.nanoTime();
            long orders = new RfmExport(graph).write(export);
            System.out.printf("exported %d orders in %d ms; as of %s%n", orders, BenchStore.millisSince(started),
                    again.asOf());
        }
    }

    /**
     * The RFM inputs aggregated inside Neo4j in one statement, three times: what reading them would cost if the
     * refresh asked for aggregates rather than every order of every customer (the rest of RFM is quantiles in Java).
     */
    private static void timeAggregates(Graph graph, LocalDate asOf) {
        Map<String, Object> parameters = Map.of("asOf", asOf.atStartOfDay(ZoneOffset.UTC));
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            long buyers = graph.read("test-support/rfm-aggregates", parameters, row -> row.get("buyers").asLong())
                    .get(0);
            System.out.printf("cypher RFM aggregates in one statement, run %d: %d buyers in %d ms%n", run, buyers,
                    BenchStore.millisSince(started));
        }
    }

    /** Runs a full refresh and prints its phases and its wall time (customer ids and analysis date included). */
    private static RefreshSummary timed(String which, SegmentRefresh refresh) {
        long started = System.nanoTime();
        RefreshSummary summary = refresh.full(Optional.empty());
        System.out.printf("clientele full refresh %s: %d customers, %d changed; read %d ms, classify %d ms, "
                + "write %d ms, wall %d ms%n", which, summary.customers(), summary.changed(), summary.readMillis(),
                summary.classifyMillis(), summary.writeMillis(), BenchStore.millisSince(started));
        return summary;
    }
}
