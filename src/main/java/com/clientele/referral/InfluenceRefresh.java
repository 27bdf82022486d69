package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.time.Duration;
import java.util.Map;

/**
 * Recomputes word-of-mouth influence for all customers: reads the referral graph, runs PageRank with credit
 * flowing from each referred customer to their referrer, and publishes every customer's score and rank.
 */
public final class InfluenceRefresh {

    private InfluenceRefresh() {
    }

    /**
     * Runs one refresh.
     *
     * @throws PageRankNotConvergedException if PageRank does not settle; no score is written then
     */
    public static InfluenceRefreshSummary run(Graph graph, PageRankSettings settings) {
        return run(graph, settings, "referral/write-influence", Map.of());
    }

    /**
     * Runs one refresh that publishes with {@code statement} (rows of {@code id, score, rank} plus
     * {@code parameters}), e.g. scores together with the influence-grid class.
     *
     * @throws PageRankNotConvergedException if PageRank does not settle; no score is written then
     */
    public static InfluenceRefreshSummary run(Graph graph, PageRankSettings settings, String statement,
            Map<String, Object> parameters) {
        long started = System.nanoTime();
        InfluenceGraph influence = InfluenceGraphReader.read(graph);
        long read = System.nanoTime();
        PageRankResult result = PageRank.compute(influence.graph(), settings);
        long computed = System.nanoTime();
        long updated = InfluenceScoreWriter.write(graph, statement, parameters, influence.customerIds(),
                result.scores());
        long written = System.nanoTime();
        return new InfluenceRefreshSummary(influence.graph().nodeCount(), influence.graph().edgeCount(),
                result.iterations(), result.lastChange(), updated, Duration.ofNanos(read - started),
                Duration.ofNanos(computed - read), Duration.ofNanos(written - computed));
    }
}
