package com.clientele;

import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import java.util.Map;
import java.util.Optional;

/**
 * What the server does to its data before serving: load the seed data into an empty embedded store, and run a
 * full segment refresh when classes are missing or older than the newest import.
 */
final class StartupData {

    private StartupData() {
    }

    static void prepare(Graph graph, AppConfig config, SegmentationConfig segmentation) {
        if (config.embedded() && config.loadSeedData()) {
            SeedData.loadOnFirstStart(graph);
        }
        boolean due = graph.read("segment/refresh-due", Map.of(), r -> r.get("due").asBoolean()).get(0);
        if (due) {
            new SegmentRefresh(graph, segmentation).full(Optional.empty());
        }
    }
}
