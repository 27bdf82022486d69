package com.clientele.app;

import com.clientele.clv.ClvModelRepository;
import com.clientele.clv.ClvRefresh;
import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceBackfill;
import com.clientele.referral.ReferralRefresh;
import com.clientele.segment.RefreshRepository;
import com.clientele.segment.SegmentRefresh;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.StrategyRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server does to its data around start-up. Before serving: mark the segment refreshes a killed process
 * left unfinished as ABANDONED, load the seed data into an empty embedded store, resolve the customers' places again
 * when the place table changed, and store the default strategy playbook for classes that have none. Once serving,
 * in the background, bring
 * the derived data up to date when it is missing or older than the newest import, in this order: the CLV model
 * (first only when the value tier is PREDICTED_CLV), the segments, the CLV model (otherwise), referral influence,
 * cross-sell. Until then class fields read null and cross-sell falls back to popular items.
 */
public final class StartupData {

    private static final Logger LOG = LoggerFactory.getLogger(StartupData.class);

    private StartupData() {
    }

    /** Before serving: seed data and strategy defaults. Returns whether any derived data is due. */
    public static boolean prepare(Graph graph, AppConfig config) {
        List<Long> abandoned = new RefreshRepository(graph).abandonUnfinished();
        if (!abandoned.isEmpty()) {
            LOG.warn("Segment refreshes {} never finished (their process stopped): marked ABANDONED", abandoned);
        }
        if (config.embedded() && config.loadSeedData()) {
            SeedData.loadOnFirstStart(graph.withTimeout(config.importTimeout()), config.places());
        }
        PlaceBackfill.run(graph, config.places());
        new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC()).seedDefaults();
        return segmentsDue(graph) || crossSellDue(graph) || new ClvModelRepository(graph).refitDue();
    }

    /** While serving: the due refreshes, in the background, one after the other. */
    public static CompletableFuture<Void> refreshInBackground(Graph graph, AppConfig config) {
        boolean clvFirst = "PREDICTED_CLV".equals(config.segmentation().valueTier().basis());
        return CompletableFuture.runAsync(() -> {
            if (clvFirst) {
                refitClvIfDue(graph, config);
            }
            boolean segmentsRefreshed = segmentsDue(graph);
            if (segmentsRefreshed) {
                new SegmentRefresh(graph, config.segmentation()).full(Optional.empty());
            }
            if (!clvFirst) {
                refitClvIfDue(graph, config);
            }
            if (segmentsRefreshed) {
                LOG.info(ReferralRefresh.run(graph, config.influence()).describe());
            }
            if (segmentsRefreshed || crossSellDue(graph)) {
                LOG.info(new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run().toString());
            }
        }).exceptionally(failure -> {
            LOG.error("A start-up refresh failed; run `refresh`, `clv`, `influence` or `crosssell-refresh`", failure);
            return null;
        });
    }

    private static boolean segmentsDue(Graph graph) {
        return graph.read("segment/refresh-due", Map.of(), row -> row.get("due").asBoolean()).get(0);
    }

    private static boolean crossSellDue(Graph graph) {
        return graph.read("crosssell/refresh-due", Map.of(), row -> row.get("due").asBoolean()).get(0);
    }

    private static void refitClvIfDue(Graph graph, AppConfig config) {
        if (new ClvModelRepository(graph).refitDue()) {
            LOG.info(new ClvRefresh(graph, config.clv(), Clock.systemUTC()).refresh(Optional.empty()).format());
        }
    }
}
