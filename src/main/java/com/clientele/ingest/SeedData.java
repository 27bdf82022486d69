package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceTable;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled demo data (classpath folder {@code seed-data/}, clientele format) into an empty graph. */
public final class SeedData {

    public static final String DATASET = "seed-data";

    private static final Logger LOG = LoggerFactory.getLogger(SeedData.class);

    private SeedData() {
    }

    /**
     * Imports the seed data when the graph has neither a Dataset record nor a customer, and returns true;
     * otherwise leaves the graph alone and returns false.
     */
    public static boolean loadOnFirstStart(Graph graph) {
        return loadOnFirstStart(graph, PlaceTable.shipped());
    }

    /** Like {@link #loadOnFirstStart(Graph)}, resolving the customers' places through the given table. */
    public static boolean loadOnFirstStart(Graph graph, PlaceTable places) {
        boolean hasData = graph.readOne("ingest/graph-has-data", Map.of(), row -> row.get("hasData").asBoolean())
                .orElse(false);
        if (hasData) {
            LOG.info("The graph already holds data: seed data not loaded");
            return false;
        }
        ImportReport report = new ClienteleImporter(graph, ClienteleImporter.DEFAULT_BATCH_SIZE, places)
                .importFolder(CsvFolder.classpath(DATASET), DATASET);
        LOG.info("Seed data loaded:{}{}", System.lineSeparator(), report.format());
        return true;
    }
}
