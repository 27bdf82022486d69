package com.clientele.clv;

/**
 * What the CLV models predict for one customer: probability still alive, expected purchases in the next 90 and 365
 * days, the expected value of a future purchase, the discounted lifetime value over the settings' horizon, and the
 * churn risk class with what it rests on ({@link ChurnEvidence}). Every number is finite.
 */
public record ClvPrediction(double probabilityAlive, double expectedPurchases90Days, double expectedPurchases365Days,
                            double expectedAverageValue, double lifetimeValue, ChurnRisk churnRisk,
                            ChurnEvidence churnEvidence) {

    public ClvPrediction {
        Finite.require(probabilityAlive, "probability alive");
        Finite.require(expectedPurchases90Days, "expected purchases in 90 days");
        Finite.require(expectedPurchases365Days, "expected purchases in 365 days");
        Finite.require(expectedAverageValue, "expected average value");
        Finite.require(lifetimeValue, "lifetime value");
    }
}
