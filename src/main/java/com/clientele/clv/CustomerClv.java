package com.clientele.clv;

import com.clientele.neo4j.Values;
import org.neo4j.driver.Value;

/**
 * A customer's stored CLV state and predictions, as GraphQL's CustomerClv shows them: numbers are null unless the
 * state is PREDICTED; a customer no fit has scored yet is NOT_SCORED.
 */
public record CustomerClv(String state, Double predictedValue, Double probabilityAlive, Double expectedPurchases90Days,
                          Double expectedPurchases365Days, Double expectedAverageOrderValue, String churnRisk,
                          Integer horizonMonths) {

    public static final String NOT_SCORED = "NOT_SCORED";

    public static CustomerClv notScored() {
        return new CustomerClv(NOT_SCORED, null, null, null, null, null, null, null);
    }

    /** Maps the clv projection of cypher/clv/customers-by-ids.cypher. */
    static CustomerClv from(Value clv) {
        String state = Values.string(clv, "clvState");
        if (state == null) {
            return notScored();
        }
        return new CustomerClv(state, Values.optionalNumber(clv, "predictedClv"),
                Values.optionalNumber(clv, "probabilityAlive"), Values.optionalNumber(clv, "expectedPurchases90"),
                Values.optionalNumber(clv, "expectedPurchases365"), Values.optionalNumber(clv, "expectedAverageValue"),
                Values.string(clv, "churnRisk"), Values.integer(clv, "clvHorizonMonths"));
    }
}
