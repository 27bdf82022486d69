package com.clientele.bench;

import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.neo4j.Graph;
import com.clientele.seed.GeneratorSettings;
import com.clientele.seed.SeedGenerator;
import com.clientele.support.TemporaryDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Generates a merchant's data with the product's generator into a temporary folder and imports it. */
final class GeneratedData {

    private GeneratedData() {
    }

    /** Generates {@code customers} customers' data, imports it, and returns the rows generated per file. */
    static Map<String, Long> load(Graph graph, int customers) {
        Path folder = TemporaryDirectories.create("clientele-bench-data");
        try {
            Map<String, Long> rows = new SeedGenerator(GeneratorSettings.defaults().withCustomers(customers))
                    .generate(folder);
            new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "bench");
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TemporaryDirectories.deleteRecursively(folder);
        }
    }
}
