package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes the scores on the customers as {@code influenceScore} (their PageRank share; all customers' shares sum
 * to 1) and {@code influenceRank} (1 = most influential, equal scores share a rank), in batches of
 * {@value #BATCH_SIZE} rows with {@code referral/write-influence}. Every customer read is written, so a customer
 * who brought nobody in gets the baseline score they share with all such customers and no score is ever stale.
 */
public final class InfluenceScoreWriter {

    static final int BATCH_SIZE = 10_000;
    private static final String STATEMENT = "referral/write-influence";

    private InfluenceScoreWriter() {
    }

    /** Writes one score and rank per customer; returns how many customers were updated. */
    public static long write(Graph graph, List<String> customerIds, double[] scores) {
        return write(graph, STATEMENT, Map.of(), customerIds, scores);
    }

    /**
     * Writes one score and rank per customer with {@code statement}, which takes {@code rows} of {@code id, score,
     * rank} plus {@code parameters}; returns how many customers were updated.
     */
    public static long write(Graph graph, String statement, Map<String, Object> parameters, List<String> customerIds,
            double[] scores) {
        if (customerIds.size() != scores.length) {
            throw new IllegalArgumentException(customerIds.size() + " customers but " + scores.length + " scores");
        }
        int[] ranks = InfluenceRanking.competitionRanks(scores);
        long updated = 0;
        for (int start = 0; start < scores.length; start += BATCH_SIZE) {
            int end = Math.min(scores.length, start + BATCH_SIZE);
            Map<String, Object> batch = new HashMap<>(parameters);
            batch.put("rows", rows(customerIds, scores, ranks, start, end));
            updated += writeBatch(graph, statement, batch);
        }
        return updated;
    }

    private static List<Map<String, Object>> rows(List<String> customerIds, double[] scores, int[] ranks,
            int start, int end) {
        List<Map<String, Object>> rows = new ArrayList<>(end - start);
        for (int node = start; node < end; node++) {
            rows.add(Map.of("id", customerIds.get(node), "score", scores[node], "rank", ranks[node]));
        }
        return rows;
    }

    private static long writeBatch(Graph graph, String statement, Map<String, Object> parameters) {
        return graph.write(statement, parameters, record -> record.get("updated").asLong())
                .stream().mapToLong(Long::longValue).sum();
    }
}
