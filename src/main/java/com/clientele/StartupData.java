package com.clientele;

import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvModelRepository;
import com.clientele.clv.ClvRefresh;
import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
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
 * background when classes are missing or older than the newest import (class fields read null until it ends),
 * and a CLV refit when no fit is newer than the newest import (first when the value tier is PREDICTED_CLV).
 */
final class StartupData {

    private static final Logger LOG = LoggerFactory.getLogger(StartupData.class);

    private StartupData() {
    }

    /** Before serving: seed data and strategy defaults. Returns whether a segment refresh or CLV refit is due. */
    static boolean prepare(Graph graph, AppConfig config) {
        if (config.embedded() && config.loadSeedData()) {
            SeedData.loadOnFirstStart(graph);
        }
        new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC()).seedDefaults();
        return segmentsDue(graph) || new ClvModelRepository(graph).refitDue();
    }

    private static boolean segmentsDue(Graph graph) {
        return graph.read("segment/refresh-due", Map.of(), r -> r.get("due").asBoolean()).get(0);
    }

    private static void refitClvIfDue(Graph graph) {
        if (new ClvModelRepository(graph).refitDue()) {
            new ClvRefresh(graph, ClvConfig.fromEnvironment(System.getenv()), Clock.systemUTC())
                    .refresh(Optional.empty());
        }
    }

    /** While serving: the due refresh, in the background. */
    static CompletableFuture<Void> refreshInBackground(Graph graph, SegmentationConfig segmentation) {
        boolean clvFirst = "PREDICTED_CLV".equals(segmentation.valueTier().basis());
        return CompletableFuture.runAsync(() -> {
            if (clvFirst) {
                refitClvIfDue(graph);
            }
            if (segmentsDue(graph)) {
                new SegmentRefresh(graph, segmentation).full(Optional.empty());
            }
            if (!clvFirst) {
                refitClvIfDue(graph);
            }
        }).exceptionally(failure -> {
                    LOG.error("The start-up refresh failed; run `refresh` / `clv` or the refresh mutations", failure);
                    return null;
                });
    }
}
