package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the current {@link CrossSellSnapshot} in memory, so a recommendation reads only the customer's history from
 * the graph. Every read of a history also returns the versions of the stored model and of the catalogue; when either
 * differs from the snapshot's, the snapshot is read again (one reader at a time, the others wait for it). A product
 * made inactive or moved to another category is therefore seen by the very next recommendation.
 */
public final class CrossSellModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSellModelCache.class);

    private final Graph graph;
    private volatile CrossSellSnapshot snapshot = CrossSellSnapshot.NONE;

    public CrossSellModelCache(Graph graph) {
        this.graph = graph;
    }

    /** The snapshot last read, without checking versions: for details of products it just recommended. */
    CrossSellSnapshot current() {
        return snapshot;
    }

    CrossSellSnapshot snapshotFor(long modelVersion, long catalogueVersion) {
        CrossSellSnapshot current = snapshot;
        if (current.isFor(modelVersion, catalogueVersion)) {
            return current;
        }
        synchronized (this) {
            if (!snapshot.isFor(modelVersion, catalogueVersion)) {
                long started = System.nanoTime();
                snapshot = CrossSellSnapshot.read(graph, modelVersion, catalogueVersion);
                LOG.info("Cross-sell model {} with catalogue version {} read into memory in {} ms", modelVersion,
                        catalogueVersion, (System.nanoTime() - started) / 1_000_000);
            }
            return snapshot;
        }
    }
}
