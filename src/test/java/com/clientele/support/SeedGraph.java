package com.clientele.support;

import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
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
import java.time.LocalDate;
import java.util.Optional;

/**
 * The shared test graph holding the committed seed-data/, with strategy defaults, one full segment refresh as of
 * the seed's analysis date, one referral refresh and one cross-sell refresh: loaded once and reused by every test
 * class that asks for it (see {@link TestNeo4j}).
 * A test that changes this graph must call {@code TestNeo4j.get().forget()} when done.
 */
public final class SeedGraph {

    public static final String DATASET = "seed-data+refresh";
    /** The seed window is 2024-01-01..2025-12-31; the analysis date is the day after. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private SeedGraph() {
    }

    public static Graph load() {
        return TestNeo4j.get().withDataset(DATASET, () -> {
            Graph graph = TestNeo4j.get().graph();
            new ClienteleImporter(graph).importFolder(CsvFolder.classpath(SeedData.DATASET), SeedData.DATASET);
            new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC()).seedDefaults();
            new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.of(AS_OF));
            ReferralRefresh.run(graph, InfluenceConfig.defaults());
            new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run();
        });
    }
}
