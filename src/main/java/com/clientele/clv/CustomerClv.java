package com.clientele.clv;

import com.clientele.neo4j.Values;
import org.neo4j.driver.Value;

/**
 * A customer's stored CLV state and predictions, as GraphQL's CustomerClv shows them: numbers are null unless the
 * state is PREDICTED; a customer no fit has scored yet is NOT_SCORED. It keeps the customer's lifecycle class and
 * the {@link ChurnEvidence} so that {@link #churnRiskNote()} can say why the two disagree.
 */
public record CustomerClv(String state, Double predictedValue, Double probabilityAlive, Double expectedPurchases90Days,
                          Double expectedPurchases365Days, Double expectedAverageOrderValue, String churnRisk,
                          Integer horizonMonths, String lifecycle, ChurnEvidence churnEvidence) {

    public static final String NOT_SCORED = "NOT_SCORED";

    public static CustomerClv notScored() {
        return new CustomerClv(NOT_SCORED, null, null, null, null, null, null, null, null, null);
    }

    /** Why the churn risk disagrees with the lifecycle class (EN + 中文); null when they agree. */
    public ClvText churnRiskNote() {
        return ChurnRiskNote.of(lifecycle, churnRisk, probabilityAlive, churnEvidence);
    }

    /** Maps the clv projection of cypher/clv/customers-by-ids.cypher. */
    static CustomerClv from(Value clv) {
        String state = Values.string(clv, "clvState");
        if (state == null) {
            return notScored();
        }
        String basis = Values.string(clv, "clvChurnBasis");
        ChurnEvidence evidence = basis == null ? null : new ChurnEvidence(ChurnEvidence.Basis.valueOf(basis),
                Values.optionalNumber(clv, "clvSilenceDays"), Values.optionalNumber(clv, "clvPaceDays"));
        return new CustomerClv(state, Values.optionalNumber(clv, "predictedClv"),
                Values.optionalNumber(clv, "probabilityAlive"), Values.optionalNumber(clv, "expectedPurchases90"),
                Values.optionalNumber(clv, "expectedPurchases365"), Values.optionalNumber(clv, "expectedAverageValue"),
                Values.string(clv, "churnRisk"), Values.integer(clv, "clvHorizonMonths"),
                Values.string(clv, "lifecycle"), evidence);
    }
}
