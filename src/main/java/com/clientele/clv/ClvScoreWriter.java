package com.clientele.clv;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects customers' CLV states and predictions, then ({@link #finish()}) writes them to their :Customer nodes in
 * batches of {@link #BATCH}, tagged with the fit's id, and marks every customer the fit did not score as
 * NO_PURCHASES. Properties: clvState, predictedClv, probabilityAlive, expectedPurchases90, expectedPurchases365,
 * expectedAverageValue, churnRisk, and what the churn risk rests on: clvChurnBasis, clvSilenceDays, clvPaceDays. Every
 * customer the fit scores gets a churn risk class: LOW, MEDIUM or HIGH with a prediction, NOT_ENOUGH_HISTORY when
 * too new, otherwise {@value #NO_PREDICTION}.
 */
final class ClvScoreWriter {

    static final int BATCH = 5_000;
    /** The churn risk class of a customer the fit gave no prediction (no purchase yet, failed fit, no finite number). */
    static final String NO_PREDICTION = "NO_PREDICTION";

    private final Graph graph;
    private final ClvModelRecord model;
    private final List<Map<String, Object>> pending = new ArrayList<>();

    ClvScoreWriter(Graph graph, ClvModelRecord model) {
        this.graph = graph;
        this.model = model;
    }

    void predicted(String customerId, ClvOutcome outcome) {
        if (outcome.prediction().isEmpty()) {
            String reason = outcome.reason().orElseThrow().name();
            add(row(customerId, reason, reason));
            return;
        }
        ClvPrediction prediction = outcome.prediction().get();
        Map<String, Object> row = row(customerId, ClvState.PREDICTED.name(), prediction.churnRisk().name());
        row.put("predictedClv", prediction.lifetimeValue());
        row.put("probabilityAlive", prediction.probabilityAlive());
        row.put("expectedPurchases90", prediction.expectedPurchases90Days());
        row.put("expectedPurchases365", prediction.expectedPurchases365Days());
        row.put("expectedAverageValue", prediction.expectedAverageValue());
        row.put("churnBasis", prediction.churnEvidence().basis().name());
        row.put("silenceDays", prediction.churnEvidence().silenceDays());
        row.put("paceDays", prediction.churnEvidence().paceDays());
        add(row);
    }

    /** A customer without numbers: the fit failed (state = its reason code) or the models gave none. */
    void notPredicted(String customerId, String state) {
        add(row(customerId, state, NO_PREDICTION));
    }

    /** Writes the collected rows in batches and marks the customers not scored by this fit. */
    void finish() {
        for (int start = 0; start < pending.size(); start += BATCH) {
            graph.write("clv/write-scores", Map.of("rows", pending.subList(start, Math.min(pending.size(),
                    start + BATCH)), "modelId", model.id(), "horizonMonths", model.horizonMonths()));
        }
        pending.clear();
        graph.write("clv/mark-unscored", Map.of("modelId", model.id(), "horizonMonths", model.horizonMonths(),
                "noPrediction", NO_PREDICTION));
    }

    private Map<String, Object> row(String customerId, String state, String churnRisk) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", customerId);
        row.put("state", state);
        row.put("churnRisk", churnRisk);
        return row;
    }

    private void add(Map<String, Object> row) {
        pending.add(row);
    }
}
