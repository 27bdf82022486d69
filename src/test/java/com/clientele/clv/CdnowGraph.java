package com.clientele.clv;

import com.clientele.ingest.CdnowImporter;
import com.clientele.neo4j.Graph;
import com.clientele.support.SharedDatasets;
import com.clientele.support.TestNeo4j;
import java.nio.file.Path;

/** The shared test graph holding CDNOW_sample.txt, loaded through the product's own importer (`--format cdnow`). */
final class CdnowGraph {

    static final String DATASET = "cdnow";

    private CdnowGraph() {
    }

    static Graph load() {
        Path sample = SharedDatasets.require("cdnow/CDNOW_sample.txt");
        return TestNeo4j.get().withDataset(DATASET, () -> new CdnowImporter(TestNeo4j.get().graph())
                .importFile(sample, DATASET));
    }
}
