package com.clientele.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * Collects streamed rows of {@code customerId, referrerId} (referrer possibly null) into an {@link InfluenceGraph}:
 * each customer id is numbered once, in the order first seen, and the edges are kept in growing int arrays.
 */
final class InfluenceGraphBuilder {

    private static final int INITIAL_EDGE_CAPACITY = 1024;

    private final Map<String, Integer> nodeOfCustomer = new HashMap<>();
    private final List<String> customerIds = new ArrayList<>();
    private int[] sources = new int[INITIAL_EDGE_CAPACITY];
    private int[] targets = new int[INITIAL_EDGE_CAPACITY];
    private int edgeCount;

    /** Adds one row of {@code referral/influence-edges}. */
    void add(Record row) {
        int customer = nodeOf(row.get("customerId").asString());
        if (row.get("referrerId").isNull()) {
            return;
        }
        addEdge(customer, nodeOf(row.get("referrerId").asString()));
    }

    /** Adds the customer if not seen yet; a referrer seen before its own row is numbered once, too. */
    int nodeOf(String customerId) {
        Integer known = nodeOfCustomer.get(customerId);
        if (known != null) {
            return known;
        }
        int node = customerIds.size();
        nodeOfCustomer.put(customerId, node);
        customerIds.add(customerId);
        return node;
    }

    /** Credit flows from {@code referred} to {@code referrer}. */
    void addEdge(int referred, int referrer) {
        if (edgeCount == sources.length) {
            sources = Arrays.copyOf(sources, edgeCount * 2);
            targets = Arrays.copyOf(targets, edgeCount * 2);
        }
        sources[edgeCount] = referred;
        targets[edgeCount] = referrer;
        edgeCount++;
    }

    InfluenceGraph build() {
        DirectedGraph graph = DirectedGraph.fromEdges(customerIds.size(), sources, targets, edgeCount);
        return new InfluenceGraph(List.copyOf(customerIds), graph);
    }
}
