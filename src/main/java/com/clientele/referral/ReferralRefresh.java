package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.time.Duration;

/**
 * The whole referral refresh, run after the segment refresh (it reads the spend that one stores): every
 * referrer's metrics by Cypher, the influence grid's cut points, then PageRank over the referral graph, publishing
 * each customer's influence score, rank and grid class together.
 */
public final class ReferralRefresh {

    private static final String PUBLISH_STATEMENT = "referral/write-influence-and-class";

    private ReferralRefresh() {
    }

    /**
     * Runs one refresh.
     *
     * @throws PageRankNotConvergedException if PageRank does not settle; metrics are stored, no score is
     */
    public static ReferralRefreshSummary run(Graph graph, InfluenceConfig settings) {
        long started = System.nanoTime();
        int referrers = new ReferralMetricsWriter(graph, settings.cascade()).all();
        long metricsDone = System.nanoTime();
        GridCutPoints cuts = GridCutPoints.compute(graph, settings.grid());
        long cutsDone = System.nanoTime();
        InfluenceRefreshSummary influence = InfluenceRefresh.run(graph, settings.pageRank(), PUBLISH_STATEMENT,
                cuts.parameters());
        return new ReferralRefreshSummary(referrers, Duration.ofNanos(metricsDone - started), cuts,
                Duration.ofNanos(cutsDone - metricsDone), influence);
    }
}
