package com.clientele.referral;

import com.clientele.graphql.ClientException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the referral cascade below a customer as a tree a frontend can draw, within limits: at most
 * {@value #MAX_DEPTH} levels and {@value #MAX_NODES} referred customers, with a clear error beyond.
 */
public final class CascadeTree {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_NODES = 2_000;

    private final ReferralInsightsRepository insights;

    public CascadeTree(ReferralInsightsRepository insights) {
        this.insights = insights;
    }

    /** The tree rooted at the customer (level 0), down to {@code maxDepth} levels. */
    public ReferralNode below(String rootId, int maxDepth) {
        if (maxDepth < 0 || maxDepth > MAX_DEPTH) {
            throw ClientException.badInput("maxDepth must be between 0 and " + MAX_DEPTH + ", was " + maxDepth);
        }
        List<ReferralInsightsRepository.CascadeRow> rows = insights.cascade(rootId, maxDepth, MAX_NODES + 1);
        if (rows.size() > MAX_NODES) {
            throw ClientException.badInput("the referral cascade of customer '" + rootId + "' has more than "
                    + MAX_NODES + " customers within " + maxDepth + " levels; ask for fewer levels (maxDepth)");
        }
        return assemble(rootId, rows);
    }

    /** Rows come nearest level first, so every referrer's node exists before the customers it referred. */
    private static ReferralNode assemble(String rootId, List<ReferralInsightsRepository.CascadeRow> rows) {
        ReferralNode root = new ReferralNode(rootId, 0, null, new ArrayList<>());
        Map<String, ReferralNode> nodes = new HashMap<>();
        nodes.put(rootId, root);
        for (ReferralInsightsRepository.CascadeRow row : rows) {
            ReferralNode node = new ReferralNode(row.referredId(), row.depth(), row.referredAt(), new ArrayList<>());
            nodes.get(row.referrerId()).children().add(node);
            nodes.put(row.referredId(), node);
        }
        return root;
    }
}
