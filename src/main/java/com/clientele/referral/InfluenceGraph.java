package com.clientele.referral;

import java.util.List;

/**
 * The referral graph as PageRank sees it: customer {@code i} of {@code customerIds} is node {@code i} of
 * {@code graph}, whose edges run from each referred customer to their referrer (the way credit flows).
 */
public record InfluenceGraph(List<String> customerIds, DirectedGraph graph) {
}
