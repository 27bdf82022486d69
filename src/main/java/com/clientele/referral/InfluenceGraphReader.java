package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.util.Map;

/**
 * Reads every customer and every referral from Neo4j in one streamed read ({@code referral/influence-edges}) and
 * turns them into the compact {@link InfluenceGraph} PageRank runs on. Customers without referrals are nodes too,
 * so every customer gets a score.
 */
public final class InfluenceGraphReader {

    private static final String STATEMENT = "referral/influence-edges";

    private InfluenceGraphReader() {
    }

    public static InfluenceGraph read(Graph graph) {
        return graph.readInto(STATEMENT, Map.of(), InfluenceGraphBuilder::new, InfluenceGraphBuilder::add).build();
    }
}
