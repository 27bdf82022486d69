package com.clientele;

import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.referral.ReferralRefresh;
import com.clientele.segment.SegmentRefresh;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.StrategyRepository;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server does to its data around start-up: load the seed data into an empty embedded store, store the
 * default strategy playbook for classes that have none, and, once serving, run a full segment refresh in the
 * background when classes or the cross-sell model are missing or older than the newest import (class fields read
 * null and cross-sell falls back to nothing until it ends); the cross-sell refresh follows the segment refresh.
 */
final class StartupData {

    private static final Logger LOG = LoggerFactory.getLogger(StartupData.class);

    private StartupData() {
    }

    /** Before serving: seed data and strategy defaults. Returns whether a segment refresh is due. */
    static boolean prepare(Graph graph, AppConfig config) {
        if (config.embedded() && config.loadSeedData()) {
            SeedData.loadOnFirstStart(graph);
        }
        new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC()).seedDefaults();
        return graph.read("segment/refresh-due", Map.of(), r -> r.get("due").asBoolean()).get(0)
                || graph.read("crosssell/refresh-due", Map.of(), r -> r.get("due").asBoolean()).get(0);
    }

    /** While serving: the due refresh, in the background. */
    static CompletableFuture<Void> refreshInBackground(Graph graph, AppConfig config) {
        return CompletableFuture.runAsync(() -> new SegmentRefresh(graph, config.segmentation()).full(Optional.empty()))
                .thenRun(() -> LOG.info(ReferralRefresh.run(graph, config.influence()).describe()))
                .thenRun(() -> LOG.info(new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run().toString()))
                .exceptionally(failure -> {
                    LOG.error("The start-up segment refresh failed; run `refresh` or the refresh mutation", failure);
                    return null;
                });
    }
}
