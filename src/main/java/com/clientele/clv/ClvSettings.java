package com.clientele.clv;

/**
 * How {@link ClvCalculator} values customers: the CLV horizon in months, the monthly discount rate, the churn risk
 * cut-offs, and the minimum age (days between first purchase and calibration end) below which a customer has
 * "not enough history" to be predicted. Defaults: 12 months, 1 % a month (lifetimes' default), 0.7/0.3, 7 days.
 */
public record ClvSettings(int horizonMonths, double monthlyDiscountRate, ChurnRiskThresholds churnRisk,
                          double minimumHistoryDays) {

    public ClvSettings {
        if (horizonMonths < 1 || horizonMonths > 1200) {
            throw new IllegalArgumentException("CLV horizon must be 1..1200 months, was " + horizonMonths);
        }
        if (!Double.isFinite(monthlyDiscountRate) || monthlyDiscountRate < 0 || monthlyDiscountRate >= 1) {
            throw new IllegalArgumentException("monthly discount rate must be in [0, 1), was " + monthlyDiscountRate);
        }
        if (churnRisk == null) {
            throw new IllegalArgumentException("churn risk cut-offs are required");
        }
        Finite.requireNonNegative(minimumHistoryDays, "minimum history in days");
    }

    public static ClvSettings defaults() {
        return new ClvSettings(12, 0.01, ChurnRiskThresholds.defaults(), 7);
    }
}
