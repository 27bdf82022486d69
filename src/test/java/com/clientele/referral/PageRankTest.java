package com.clientele.referral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PageRank's rules on graphs small enough to check by hand or against the definition. */
class PageRankTest {

    private static final PageRankSettings TIGHT = new PageRankSettings(0.85, 1e-13, 500);

    private static DirectedGraph graph(int nodeCount, int... sourceTargetPairs) {
        int edges = sourceTargetPairs.length / 2;
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        for (int i = 0; i < edges; i++) {
            sources[i] = sourceTargetPairs[2 * i];
            targets[i] = sourceTargetPairs[2 * i + 1];
        }
        return DirectedGraph.fromEdges(nodeCount, sources, targets, edges);
    }

    private static double[] scores(DirectedGraph graph) {
        return PageRank.compute(graph, TIGHT).scores();
    }

    @Test
    void aChainPassesCreditToItsEndWhoseDanglingMassIsSpreadEvenly() {
        // a -> b -> c; solved by hand: a = 400/2169, b = 740/2169, c = 1029/2169
        double[] chain = scores(graph(3, 0, 1, 1, 2));
        assertArrayEquals(new double[] {400.0 / 2169, 740.0 / 2169, 1029.0 / 2169}, chain, 1e-10);
    }

    @Test
    void theCentreOfAStarCollectsTheCreditOfItsLeaves() {
        // four leaves -> centre 0; by hand: centre = 11/21, each leaf = 5/42
        double[] star = scores(graph(5, 1, 0, 2, 0, 3, 0, 4, 0));
        assertArrayEquals(new double[] {11.0 / 21, 5.0 / 42, 5.0 / 42, 5.0 / 42, 5.0 / 42}, star, 1e-10);
    }

    @Test
    void anIsolatedNodeIsDanglingAndGetsTheSameShareAsANodeNobodyPointsTo() {
        // a -> b, c isolated; by hand: a = c = 20/77, b = 37/77
        double[] scores = scores(graph(3, 0, 1));
        assertArrayEquals(new double[] {20.0 / 77, 37.0 / 77, 20.0 / 77}, scores, 1e-10);
        assertEquals(scores[0], scores[2], 0.0);
    }

    @Test
    void everyNodeOfACycleGetsAnEqualShare() {
        double[] cycle = scores(graph(4, 0, 1, 1, 2, 2, 3, 3, 0));
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, cycle, 1e-12);
    }

    @Test
    void aRepeatedEdgeCountsOnce() {
        DirectedGraph repeated = graph(3, 0, 1, 0, 1, 0, 2, 0, 1);
        assertEquals(2, repeated.edgeCount());
        assertEquals(2, repeated.outDegree(0));
        assertArrayEquals(scores(graph(3, 0, 1, 0, 2)), scores(repeated), 0.0);
    }

    @Test
    void scoresOfARandomGraphMatchTheSolvedDefinition() {
        Random random = new Random(7);
        int nodes = 40;
        int[] sources = random.ints(120, 0, nodes).toArray();
        int[] targets = random.ints(120, 0, nodes).toArray();
        DirectedGraph graph = DirectedGraph.fromEdges(nodes, sources, targets, 120);
        double[] iterated = scores(graph);
        assertArrayEquals(PageRankByDefinition.solve(graph, 0.85), iterated, 1e-11);
        assertEquals(1.0, Arrays.stream(iterated).sum(), 1e-12);
    }

    @Test
    void theDefaultStopRuleEndsAtTheFirstIterationWhoseL1ChangeIsBelowNodeCountTimesTolerance() {
        DirectedGraph chain = graph(3, 0, 1, 1, 2);
        PageRankResult result = PageRank.compute(chain, PageRankSettings.defaults());
        assertTrue(result.lastChange() < 3 * 1e-6, "last change " + result.lastChange());
        PageRankSettings oneFewer = new PageRankSettings(0.85, 1e-6, result.iterations() - 1);
        assertThrows(PageRankNotConvergedException.class, () -> PageRank.compute(chain, oneFewer));
    }

    @Test
    void runningOutOfIterationsIsAClearError() {
        PageRankSettings tooFew = new PageRankSettings(0.85, 1e-6, 2);
        var error = assertThrows(PageRankNotConvergedException.class,
                () -> PageRank.compute(graph(3, 0, 1, 1, 2), tooFew));
        assertTrue(error.getMessage().startsWith("PageRank did not converge within 2 iterations"), error.getMessage());
    }

    @Test
    void anEmptyGraphHasNoScores() {
        PageRankResult result = PageRank.compute(graph(0), PageRankSettings.defaults());
        assertEquals(0, result.scores().length);
    }

    @Test
    void settingsOutsideTheirRangeAreRejectedWithTheirName() {
        var error = assertThrows(IllegalArgumentException.class, () -> new PageRankSettings(1.5, 1e-6, 100));
        assertTrue(error.getMessage().contains("damping"));
        assertThrows(IllegalArgumentException.class, () -> new PageRankSettings(0.85, 0.0, 100));
        assertThrows(IllegalArgumentException.class, () -> new PageRankSettings(0.85, 1e-6, 0));
    }

    @Test
    void anEdgeToAMissingNodeIsRejected() {
        var error = assertThrows(IllegalArgumentException.class, () -> graph(2, 0, 2));
        assertTrue(error.getMessage().contains("outside 0..1"), error.getMessage());
    }
}
