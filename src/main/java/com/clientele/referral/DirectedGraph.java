package com.clientele.referral;

import java.util.Arrays;

/**
 * A directed graph on the nodes {@code 0..n-1}, stored as compressed sparse rows of incoming edges plus each
 * node's out-degree: the compact layout PageRank's pull iteration reads. Parallel edges count once and self-loops
 * are kept, as in a networkx {@code DiGraph}.
 */
public final class DirectedGraph {

    private final int nodeCount;
    private final int[] incomingOffsets;
    private final int[] incomingSources;
    private final int[] outDegrees;

    private DirectedGraph(int nodeCount, int[] incomingOffsets, int[] incomingSources, int[] outDegrees) {
        this.nodeCount = nodeCount;
        this.incomingOffsets = incomingOffsets;
        this.incomingSources = incomingSources;
        this.outDegrees = outDegrees;
    }

    /** The graph with the edges {@code sources[i] -> targets[i]} for {@code i < edgeCount}. */
    public static DirectedGraph fromEdges(int nodeCount, int[] sources, int[] targets, int edgeCount) {
        requireValidEdges(nodeCount, sources, targets, edgeCount);
        int[] offsets = new int[nodeCount + 1];
        for (int i = 0; i < edgeCount; i++) {
            offsets[targets[i] + 1]++;
        }
        Arrays.parallelPrefix(offsets, Integer::sum);
        int[] cursor = Arrays.copyOf(offsets, nodeCount);
        int[] grouped = new int[edgeCount];
        for (int i = 0; i < edgeCount; i++) {
            grouped[cursor[targets[i]]++] = sources[i];
        }
        int[] outDegrees = new int[nodeCount];
        int kept = keepEachEdgeOnce(offsets, grouped, outDegrees);
        return new DirectedGraph(nodeCount, offsets, Arrays.copyOf(grouped, kept), outDegrees);
    }

    public int nodeCount() {
        return nodeCount;
    }

    /** Distinct edges. */
    public int edgeCount() {
        return incomingSources.length;
    }

    public int outDegree(int node) {
        return outDegrees[node];
    }

    /** Sets {@code sums[v]} to the sum of {@code perSource[u]} over the distinct edges {@code u -> v}. */
    public void sumIncoming(double[] perSource, double[] sums) {
        for (int node = 0; node < nodeCount; node++) {
            double sum = 0.0;
            for (int k = incomingOffsets[node]; k < incomingOffsets[node + 1]; k++) {
                sum += perSource[incomingSources[k]];
            }
            sums[node] = sum;
        }
    }

    /**
     * Sorts each node's incoming sources, drops repeats, packs the rest to the front, rewrites the offsets to
     * match and counts out-degrees. Returns the number of distinct edges.
     */
    private static int keepEachEdgeOnce(int[] offsets, int[] grouped, int[] outDegrees) {
        int kept = 0;
        for (int node = 0; node + 1 < offsets.length; node++) {
            int start = offsets[node];
            int end = offsets[node + 1];
            Arrays.sort(grouped, start, end);
            offsets[node] = kept;
            kept = packDistinct(grouped, start, end, kept, outDegrees);
        }
        offsets[offsets.length - 1] = kept;
        return kept;
    }

    private static int packDistinct(int[] grouped, int start, int end, int kept, int[] outDegrees) {
        int previous = -1;
        for (int k = start; k < end; k++) {
            int source = grouped[k];
            if (source != previous) {
                grouped[kept++] = source;
                outDegrees[source]++;
            }
            previous = source;
        }
        return kept;
    }

    private static void requireValidEdges(int nodeCount, int[] sources, int[] targets, int edgeCount) {
        if (nodeCount < 0 || edgeCount < 0 || sources.length < edgeCount || targets.length < edgeCount) {
            throw new IllegalArgumentException("a graph needs nodeCount >= 0 and " + edgeCount
                    + " sources and targets, got nodeCount " + nodeCount + ", " + sources.length + " sources, "
                    + targets.length + " targets");
        }
        for (int i = 0; i < edgeCount; i++) {
            if (sources[i] < 0 || sources[i] >= nodeCount || targets[i] < 0 || targets[i] >= nodeCount) {
                throw new IllegalArgumentException("edge " + i + " (" + sources[i] + " -> " + targets[i]
                        + ") names a node outside 0.." + (nodeCount - 1));
            }
        }
    }
}
