package com.clientele.referral;

import java.util.Arrays;

/**
 * PageRank by power iteration on a {@link DirectedGraph}, with exactly the semantics of networkx.pagerank
 * (its {@code _pagerank_scipy}): start from the uniform vector, teleport uniformly, spread the mass of dangling
 * nodes (no out-edges) uniformly, and in each iteration compute
 * {@code x' = d * (x A + sum(x[dangling]) / N) + (1 - d) / N}, where {@code A[u][v] = 1 / outDegree(u)} for each
 * edge; stop as soon as {@code sum |x' - x| < N * tolerance} and return {@code x'}. Primitive arrays only, so a
 * million nodes fit in a few tens of megabytes.
 */
public final class PageRank {

    private PageRank() {
    }

    /**
     * The scores of every node.
     *
     * @throws PageRankNotConvergedException if the scores have not settled after {@code maxIterations}
     */
    public static PageRankResult compute(DirectedGraph graph, PageRankSettings settings) {
        int nodeCount = graph.nodeCount();
        if (nodeCount == 0) {
            return new PageRankResult(new double[0], 0, 0.0);
        }
        double uniform = 1.0 / nodeCount;
        double threshold = nodeCount * settings.tolerance();
        double[] inverseOutDegrees = inverseOutDegrees(graph);
        double[] scores = new double[nodeCount];
        Arrays.fill(scores, uniform);
        double[] shares = new double[nodeCount];
        double[] next = new double[nodeCount];
        double change = Double.NaN;
        for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
            double danglingMass = shareAlongEdges(scores, inverseOutDegrees, shares);
            graph.sumIncoming(shares, next);
            change = finishStep(next, scores, settings.damping(), danglingMass, uniform);
            double[] previous = scores;
            scores = next;
            next = previous;
            if (change < threshold) {
                return new PageRankResult(scores, iteration, change);
            }
        }
        throw new PageRankNotConvergedException(settings.maxIterations(), change, threshold);
    }

    /** 1 / out-degree per node, 0 for dangling nodes (as networkx's row normalisation). */
    private static double[] inverseOutDegrees(DirectedGraph graph) {
        double[] inverse = new double[graph.nodeCount()];
        for (int node = 0; node < inverse.length; node++) {
            int degree = graph.outDegree(node);
            inverse[node] = degree == 0 ? 0.0 : 1.0 / degree;
        }
        return inverse;
    }

    /** Fills what each node sends along each of its edges; returns the total score of the dangling nodes. */
    private static double shareAlongEdges(double[] scores, double[] inverseOutDegrees, double[] shares) {
        double danglingMass = 0.0;
        for (int node = 0; node < scores.length; node++) {
            shares[node] = scores[node] * inverseOutDegrees[node];
            if (inverseOutDegrees[node] == 0.0) {
                danglingMass += scores[node];
            }
        }
        return danglingMass;
    }

    /** Turns the incoming sums into the next scores in place; returns the L1 change from {@code scores}. */
    private static double finishStep(double[] next, double[] scores, double damping, double danglingMass,
            double uniform) {
        double danglingShare = danglingMass * uniform;
        double teleport = (1.0 - damping) * uniform;
        double change = 0.0;
        for (int node = 0; node < next.length; node++) {
            next[node] = damping * (next[node] + danglingShare) + teleport;
            change += Math.abs(next[node] - scores[node]);
        }
        return change;
    }
}
