package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.Map;

/**
 * The two cut points of the influence grid, computed with Neo4j's {@code percentileDisc} over the stored values:
 * own value (predictedClv, else monetary) among customers with a positive one, and cascadeRevenue among referrers.
 * A cut is null when nobody has such a value; then nobody is high on that axis.
 */
public record GridCutPoints(Double ownValue, Double referralValue) {

    public static GridCutPoints compute(Graph graph, InfluenceConfig.Grid grid) {
        Map<String, Object> parameters = Map.of("ownQuantile", grid.ownValueQuantile(),
                "referralQuantile", grid.referralValueQuantile());
        return graph.readOne("referral/grid-cut-points", parameters, record -> new GridCutPoints(
                        nullableDouble(record.get("ownCut")), nullableDouble(record.get("referralCut"))))
                .orElse(new GridCutPoints(null, null));
    }

    /** The parameters {@code referral/write-influence-and-class} takes besides its rows. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ownCut", ownValue);
        parameters.put("referralCut", referralValue);
        return parameters;
    }

    private static Double nullableDouble(org.neo4j.driver.Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
