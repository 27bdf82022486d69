package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;

/**
 * Derives and stores the referral metrics of referrers with {@code referral/write-referral-metrics}, in batches of
 * {@value #BATCH_SIZE} referrers: direct and converted referrals, conversion rate, reach and depth of the cascade
 * below them, direct, total and decayed cascade revenue, first and last referral dates and days to first referral.
 * Revenue and conversion read each referred customer's {@code monetary} and {@code orderCount}, which the segment
 * refresh stores, so this runs after it.
 */
public final class ReferralMetricsWriter {

    static final int BATCH_SIZE = 2_000;

    private final Graph graph;
    private final double decayPerLevel;

    public ReferralMetricsWriter(Graph graph, InfluenceConfig.Cascade cascade) {
        this.graph = graph;
        this.decayPerLevel = cascade.decayPerLevel();
    }

    /** Every referrer's metrics, and none left on customers who no longer referred anyone. Returns the referrers. */
    public int all() {
        List<String> referrers = graph.read("referral/referrer-ids", Map.of(), record -> record.get("id").asString());
        write(referrers);
        graph.write("referral/clear-stale-referral-metrics", Map.of());
        return referrers.size();
    }

    /** The metrics of these referrers (every one must have referred someone); returns how many were updated. */
    public long write(List<String> referrerIds) {
        long updated = 0;
        for (int start = 0; start < referrerIds.size(); start += BATCH_SIZE) {
            List<String> batch = referrerIds.subList(start, Math.min(referrerIds.size(), start + BATCH_SIZE));
            updated += graph.write("referral/write-referral-metrics", Map.of("ids", batch, "decay", decayPerLevel),
                    record -> record.get("updated").asLong()).stream().mapToLong(Long::longValue).sum();
        }
        return updated;
    }
}
