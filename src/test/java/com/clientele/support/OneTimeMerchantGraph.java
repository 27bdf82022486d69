package com.clientele.support;

import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvRefresh;
import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.neo4j.Graph;
import com.clientele.seed.GeneratorSettings;
import com.clientele.seed.SeedGenerator;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.StrategyRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The shared test graph holding a generated merchant where 95 % of the buyers buy on one day only (the generator's
 * one-time shape, 2,000 customers, the seed's window and analysis date), with strategy defaults, one full segment
 * refresh and one CLV refit as of {@link SeedGraph#AS_OF}. A test that changes it must call
 * {@code TestNeo4j.get().forget()} when done.
 */
public final class OneTimeMerchantGraph {

    public static final String DATASET = "one-time-merchant+segments+clv";
    public static final double ONE_TIME_SHARE = 0.95;
    public static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withOneTimeShare(ONE_TIME_SHARE);

    private OneTimeMerchantGraph() {
    }

    public static Graph load() {
        return TestNeo4j.get().withDataset(DATASET, () -> {
            Graph graph = TestNeo4j.get().graph();
            Path folder = TemporaryDirectories.create("clientele-one-time-merchant");
            try {
                new SeedGenerator(SETTINGS).generate(folder);
                new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "one-time-merchant");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                TemporaryDirectories.deleteRecursively(folder);
            }
            new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC()).seedDefaults();
            new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.of(SeedGraph.AS_OF));
            new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.of(SeedGraph.AS_OF));
        });
    }
}
