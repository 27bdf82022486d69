package com.clientele.clv;

/**
 * Scores customers with a fitted BG/NBD purchase model and Gamma-Gamma spend model. The lifetime value follows the
 * lifetimes library: over months m = 1..H, (E[purchases by month m] − E[purchases by month m−1]) × expected average
 * value / (1 + d)^m, conditional on the customer's history, with a month of {@link ClvTimeUnit#unitsPerMonth()}.
 */
public final class ClvCalculator {

    private final BgNbdFit purchases;
    private final GammaGammaModel spend;
    private final ClvSettings settings;

    public ClvCalculator(BgNbdFit purchases, GammaGammaFit spend, ClvSettings settings) {
        if (purchases == null || spend == null || settings == null) {
            throw new IllegalArgumentException("a CLV calculator needs both fitted models and settings");
        }
        this.purchases = purchases;
        this.spend = spend.model();
        this.settings = settings;
    }

    public ClvOutcome score(CustomerHistory history) {
        ClvTimeUnit unit = purchases.unit();
        if (history.unit() != unit) {
            throw new IllegalArgumentException("history is in " + history.unit() + " but the model in " + unit);
        }
        double ageDays = history.T() * unit.daysPerUnit();
        if (ageDays < settings.minimumHistoryDays()) {
            return ClvOutcome.notPredicted(ClvOutcome.Reason.NOT_ENOUGH_HISTORY, "first purchase only "
                    + Math.round(ageDays) + " days before the calibration end; at least "
                    + settings.minimumHistoryDays() + " days are needed");
        }
        BgNbdModel model = purchases.model();
        int months = settings.horizonMonths();
        double[] horizons = new double[months + 2];
        for (int month = 1; month <= months; month++) {
            horizons[month - 1] = month * unit.unitsPerMonth();
        }
        horizons[months] = unit.fromDays(90);
        horizons[months + 1] = unit.fromDays(365);
        double[] expected = model.conditionalExpectedPurchases(horizons, history);
        double probabilityAlive = model.probabilityAlive(history);
        double averageValue = spend.conditionalExpectedAverageValue(history);
        return ClvOutcome.predicted(new ClvPrediction(probabilityAlive, expected[months], expected[months + 1],
                averageValue, lifetimeValue(expected, averageValue), settings.churnRisk().classify(probabilityAlive),
                ChurnEvidence.of(purchases, history)));
    }

    /** The discounted value of the purchases expected by each month end (the first horizonMonths entries). */
    private double lifetimeValue(double[] byMonthEnd, double averageValue) {
        double discount = 1 + settings.monthlyDiscountRate();
        double before = 0.0;
        double value = 0.0;
        for (int month = 1; month <= settings.horizonMonths(); month++) {
            value += (byMonthEnd[month - 1] - before) * averageValue / Math.pow(discount, month);
            before = byMonthEnd[month - 1];
        }
        return Finite.require(value, "lifetime value");
    }
}
