package com.clientele.crosssell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accumulates top-k ranking metrics over customers: Recall@k (hits / held-out items), Precision@k (hits / k),
 * HitRate@k (at least one hit), NDCG@k with binary gains and the ideal DCG of min(held-out items, k) hits at the top,
 * and catalogue coverage (distinct recommended products). Customers with nothing to find are skipped and counted.
 */
public final class RankingMetrics {

    private final int k;
    private final Set<String> recommended = new HashSet<>();
    private int customers;
    private int skipped;
    private double recall;
    private double precision;
    private double hits;
    private double ndcg;

    public RankingMetrics(int k) {
        this.k = k;
    }

    public void add(List<String> ranking, Set<String> heldOut) {
        if (heldOut.isEmpty()) {
            skipped++;
            return;
        }
        List<String> top = ranking.subList(0, Math.min(k, ranking.size()));
        recommended.addAll(top);
        int found = 0;
        double dcg = 0;
        for (int position = 0; position < top.size(); position++) {
            if (heldOut.contains(top.get(position))) {
                found++;
                dcg += 1 / log2(position + 2);
            }
        }
        double ideal = 0;
        for (int position = 0; position < Math.min(k, heldOut.size()); position++) {
            ideal += 1 / log2(position + 2);
        }
        customers++;
        recall += (double) found / heldOut.size();
        precision += (double) found / k;
        hits += found > 0 ? 1 : 0;
        ndcg += dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public int customers() {
        return customers;
    }

    public int skipped() {
        return skipped;
    }

    public double recall() {
        return customers == 0 ? 0 : recall / customers;
    }

    public double precision() {
        return customers == 0 ? 0 : precision / customers;
    }

    public double hitRate() {
        return customers == 0 ? 0 : hits / customers;
    }

    public double ndcg() {
        return customers == 0 ? 0 : ndcg / customers;
    }

    /** Distinct recommended products over {@code catalogueSize} recommendable products. */
    public double coverage(int catalogueSize) {
        return catalogueSize == 0 ? 0 : (double) recommended.size() / catalogueSize;
    }
}
