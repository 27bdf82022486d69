package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored cross-sell model and a copy of the catalogue in memory, so a recommendation reads only the
 * customer's history from the graph. Every read of a history also returns the versions of the stored model and of
 * the catalogue; a part whose version moved is read again (one reader at a time, the others wait for it). A product
 * made inactive or moved to another category is therefore seen by the very next recommendation, and a product write
 * during an import costs a re-read of the catalogue only, not of the model's links.
 */
public final class CrossSellModelCache {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSellModelCache.class);

    private final Graph graph;
    private volatile StoredModel model = StoredModel.NONE;
    private volatile CatalogueCopy catalogue = CatalogueCopy.NONE;

    public CrossSellModelCache(Graph graph) {
        this.graph = graph;
    }

    /** The parts last read, without checking versions: for details of products just recommended. */
    CrossSellSnapshot current() {
        return new CrossSellSnapshot(model, catalogue);
    }

    CrossSellSnapshot snapshotFor(long modelVersion, long catalogueVersion) {
        return new CrossSellSnapshot(modelAt(modelVersion), catalogueAt(catalogueVersion));
    }

    private StoredModel modelAt(long version) {
        StoredModel current = model;
        if (current.version() == version) {
            return current;
        }
        synchronized (this) {
            if (model.version() != version) {
                long started = System.nanoTime();
                model = StoredModel.read(graph, version);
                LOG.info("Cross-sell model {} read into memory ({} links) in {} ms", version, model.linkCount(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            return model;
        }
    }

    private CatalogueCopy catalogueAt(long version) {
        CatalogueCopy current = catalogue;
        if (current.version() == version) {
            return current;
        }
        synchronized (this) {
            if (catalogue.version() != version) {
                long started = System.nanoTime();
                catalogue = CatalogueCopy.read(graph, version);
                LOG.debug("Catalogue version {} read into memory ({} products) in {} ms", version,
                        catalogue.productCount(), (System.nanoTime() - started) / 1_000_000);
            }
            return catalogue;
        }
    }
}
