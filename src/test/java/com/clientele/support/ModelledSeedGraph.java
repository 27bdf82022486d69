package com.clientele.support;

import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvRefresh;
import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.ReferralRefresh;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.StrategyRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * The shared test graph holding the committed seed-data/ with every model a started server derives, in the
 * start-up order: strategy defaults, one full segment refresh, one CLV refit and one referral refresh, all as of the
 * seed's analysis date ({@link SeedGraph#AS_OF}). Every customer then has a class in all eight dimensions.
 * A test that changes this graph must call {@code TestNeo4j.get().forget()} when done.
 */
public final class ModelledSeedGraph {

    public static final String DATASET = "seed-data+segments+clv+referrals";

    private ModelledSeedGraph() {
    }

    public static Graph load() {
        return TestNeo4j.get().withDataset(DATASET, () -> {
            Graph graph = TestNeo4j.get().graph();
            new ClienteleImporter(graph).importFolder(CsvFolder.classpath(SeedData.DATASET), SeedData.DATASET);
            new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC()).seedDefaults();
            new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.of(SeedGraph.AS_OF));
            new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.of(SeedGraph.AS_OF));
            ReferralRefresh.run(graph, InfluenceConfig.defaults());
        });
    }
}
