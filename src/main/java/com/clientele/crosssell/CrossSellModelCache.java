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

    private final VersionedCopy<StoredModel> model;
    private final VersionedCopy<CatalogueCopy> catalogue;
    private volatile CrossSellSnapshot last = new CrossSellSnapshot(StoredModel.NONE, CatalogueCopy.NONE);

    public CrossSellModelCache(Graph graph) {
        this.model = new VersionedCopy<>(StoredModel.NONE, version -> readModel(graph, version));
        this.catalogue = new VersionedCopy<>(CatalogueCopy.NONE, version -> CatalogueCopy.read(graph));
    }

    /** The parts last read, without checking versions: for details of products just recommended. */
    CrossSellSnapshot current() {
        return snapshotOf(model.current(), catalogue.current());
    }

    CrossSellSnapshot snapshotFor(long modelVersion, long catalogueVersion) {
        return snapshotOf(model.at(modelVersion), catalogue.at(catalogueVersion));
    }

    /** The last snapshot while its parts are current, so what it resolved is reused; else a new one. */
    private CrossSellSnapshot snapshotOf(StoredModel storedModel, CatalogueCopy catalogueCopy) {
        CrossSellSnapshot known = last;
        if (known.isOf(storedModel, catalogueCopy)) {
            return known;
        }
        CrossSellSnapshot fresh = new CrossSellSnapshot(storedModel, catalogueCopy);
        last = fresh;
        return fresh;
    }

    private static StoredModel readModel(Graph graph, long version) {
        long started = System.nanoTime();
        StoredModel read = StoredModel.read(graph);
        LOG.info("Cross-sell model {} read into memory ({} links) in {} ms", version, read.linkCount(),
                (System.nanoTime() - started) / 1_000_000);
        return read;
    }
}
