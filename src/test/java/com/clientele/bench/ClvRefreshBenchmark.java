package com.clientele.bench;

import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvRefresh;
import com.clientele.clv.ClvRun;
import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.ImportReport;
import com.clientele.neo4j.Graph;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Timing check, not a test: imports a folder made by {@code generate --customers N} into a fresh embedded Neo4j,
 * then runs one {@link ClvRefresh} (read histories by Cypher, fit BG/NBD and Gamma-Gamma, score, write to every
 * customer) and prints the import and each CLV phase. Run with bench/clv-refresh.sh.
 */
public final class ClvRefreshBenchmark {

    private ClvRefreshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (BenchStore store = new BenchStore()) {
            Graph graph = store.graph();
            ImportReport imported = new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "bench");
            System.out.printf("import %.1f s, %,d rows%n", imported.took().toMillis() / 1000.0,
                    imported.rowsWritten());
            long started = System.nanoTime();
            ClvRun run = new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.empty());
            System.out.println(run.format());
            System.out.printf("CLV refresh total %.2f s (read + fit + score + write)%n",
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
