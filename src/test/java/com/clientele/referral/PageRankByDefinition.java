package com.clientele.referral;

/**
 * Test oracle: the exact PageRank vector from its definition, by solving the linear system
 * {@code x = d * (x P + (x . dangling) / N) + (1 - d) / N} with Gaussian elimination instead of iterating.
 * Only for tiny graphs (dense N x N matrix).
 */
final class PageRankByDefinition {

    private PageRankByDefinition() {
    }

    static double[] solve(DirectedGraph graph, double damping) {
        int n = graph.nodeCount();
        double[][] system = new double[n][n + 1];
        for (int row = 0; row < n; row++) {
            system[row][row] = 1.0;
            system[row][n] = (1.0 - damping) / n;
        }
        for (int source = 0; source < n; source++) {
            subtractColumnOf(graph, damping, system, source);
        }
        return eliminate(system);
    }

    /** Moves node {@code source}'s outflow into the left side: row v gets -d * P[source][v]. */
    private static void subtractColumnOf(DirectedGraph graph, double damping, double[][] system, int source) {
        int n = graph.nodeCount();
        double[] unit = new double[n];
        unit[source] = 1.0;
        double[] received = new double[n];
        graph.sumIncoming(unit, received);
        int degree = graph.outDegree(source);
        for (int target = 0; target < n; target++) {
            double flow = degree == 0 ? 1.0 / n : received[target] / degree;
            system[target][source] -= damping * flow;
        }
    }

    private static double[] eliminate(double[][] system) {
        int n = system.length;
        for (int pivot = 0; pivot < n; pivot++) {
            swapLargestInto(system, pivot);
            for (int row = 0; row < n; row++) {
                subtractMultiple(system, pivot, row);
            }
        }
        double[] solution = new double[n];
        for (int row = 0; row < n; row++) {
            solution[row] = system[row][n] / system[row][row];
        }
        return solution;
    }

    private static void swapLargestInto(double[][] system, int pivot) {
        int best = pivot;
        for (int row = pivot + 1; row < system.length; row++) {
            if (Math.abs(system[row][pivot]) > Math.abs(system[best][pivot])) {
                best = row;
            }
        }
        double[] kept = system[pivot];
        system[pivot] = system[best];
        system[best] = kept;
    }

    private static void subtractMultiple(double[][] system, int pivot, int row) {
        if (row == pivot) {
            return;
        }
        double factor = system[row][pivot] / system[pivot][pivot];
        for (int column = pivot; column < system[row].length; column++) {
            system[row][column] -= factor * system[pivot][column];
        }
    }
}
