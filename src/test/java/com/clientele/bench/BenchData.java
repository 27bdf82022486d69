package com.clientele.bench;

import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import java.nio.file.Path;

/**
 * The data a benchmark runs on, chosen by its arguments: {@code seed} (the demo merchant imported into a fresh store),
 * {@code generated <customers>} (the product's generator, imported into a fresh store) or {@code store <dir>} (an
 * existing embedded store, opened as it is and kept).
 */
record BenchData(BenchStore store, String description) {

    /** Opens or fills the store the first two arguments name; prints how long the import took. */
    static BenchData open(String kind, String argument) {
        long started = System.nanoTime();
        if (kind.equals("store")) {
            return new BenchData(BenchStore.kept(Path.of(argument)), "store " + argument);
        }
        BenchStore store = new BenchStore();
        String description = kind.equals("generated")
                ? "generated " + GeneratedData.load(store.graph(), Integer.parseInt(argument))
                : "seed " + new ClienteleImporter(store.graph())
                        .importFolder(CsvFolder.directory(Path.of("seed-data")), "bench").rowsWritten() + " rows";
        System.out.printf("data: %s, import %d ms%n", description, BenchStore.millisSince(started));
        return new BenchData(store, description);
    }

    /** How many arguments {@link #open} consumed for this kind. */
    static int argumentsOf(String kind) {
        return kind.equals("seed") ? 1 : 2;
    }
}
