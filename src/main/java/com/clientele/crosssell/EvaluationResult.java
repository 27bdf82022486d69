package com.clientele.crosssell;

import java.util.Locale;

/**
 * The leave-last-basket-out figures of crossSell and of the popularity baseline, on all held-out items and on the
 * explore-only items (held-out products the customer never bought before).
 */
public record EvaluationResult(int k, int evaluatedCustomers, int catalogueSize, RankingMetrics crossSellAll,
        RankingMetrics crossSellExplore, RankingMetrics popularityAll, RankingMetrics popularityExplore) {

    /** Explore-only Recall@k of crossSell over that of popularity. */
    public double exploreRecallRatio() {
        return crossSellExplore.recall() / popularityExplore.recall();
    }

    /** A Markdown table of every figure. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "| method | items | customers | Recall@%1$d | Precision@%1$d | HitRate@%1$d | NDCG@%1$d | coverage |%n"
                        + "|---|---|---|---|---|---|---|---|%n", k));
        row(out, "crossSell", "explore-only", crossSellExplore);
        row(out, "popularity (not bought)", "explore-only", popularityExplore);
        row(out, "crossSell", "all", crossSellAll);
        row(out, "popularity (any)", "all", popularityAll);
        out.append(String.format(Locale.ROOT, "%nexplore-only Recall@%d ratio crossSell / popularity: %.2fx%n", k,
                exploreRecallRatio()));
        return out.toString();
    }

    private void row(StringBuilder out, String method, String items, RankingMetrics m) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.4f | %.4f | %.4f | %.4f | %.3f |%n", method, items,
                m.customers(), m.recall(), m.precision(), m.hitRate(), m.ndcg(), m.coverage(catalogueSize)));
    }
}
