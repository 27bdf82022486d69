package com.clientele.neo4j;

import java.util.Map;

/** Whole-graph housekeeping: used by the `reset` command and by tests between datasets. */
public final class GraphMaintenance {

    private static final int BATCH_SIZE = 20_000;

    private GraphMaintenance() {
    }

    /** Deletes every node and relationship, in batches small enough for any heap; keeps constraints and indexes. */
    public static long deleteEverything(Graph graph) {
        long total = 0;
        while (true) {
            long deleted = graph.write("maintenance/delete-batch", Map.of("batchSize", BATCH_SIZE),
                    record -> record.get("deleted").asLong()).get(0);
            total += deleted;
            if (deleted == 0) {
                return total;
            }
        }
    }
}
