package com.clientele.clv;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link BgNbdModel} by maximum likelihood. Customers with the same (x, tx, T) share one likelihood term
 * weighted by their count, so the cost grows with distinct histories rather than customers. Histories that cannot
 * identify the model get a {@link ModelFitException} with a reason code instead of meaningless parameters.
 */
public final class BgNbdFitter {

    /** Four parameters from fewer customers than this are noise, not an estimate. */
    public static final int MINIMUM_CUSTOMERS = 10;

    private record Summary(int x, double tx, double T) {
    }

    public BgNbdFit fit(Collection<CustomerHistory> histories) {
        ClvTimeUnit unit = checkIdentifiable(histories);
        Map<Summary, Integer> counts = new HashMap<>();
        double totalAge = 0.0;
        for (CustomerHistory history : histories) {
            counts.merge(new Summary(history.x(), history.tx(), history.T()), 1, Integer::sum);
            totalAge += history.T();
        }
        double meanAge = Math.max(totalAge / histories.size(), 1e-3);
        List<double[]> starts = List.of(
                new double[] {1.0, meanAge / 4, 1.0, 1.0},
                new double[] {0.5, meanAge / 10, 0.5, 3.0},
                new double[] {2.0, meanAge, 2.0, 2.0});
        double[] best = LogSpaceOptimizer.maximise("BG/NBD", List.of("r", "alpha", "a", "b"),
                parameters -> logLikelihood(counts, parameters), starts);
        BgNbdModel model = new BgNbdModel(best[0], best[1], best[2], best[3]);
        double logLikelihood = logLikelihood(counts, best);
        int repeatBuyers = (int) histories.stream().filter(CustomerHistory::isRepeatBuyer).count();
        return new BgNbdFit(model, logLikelihood, histories.size(), repeatBuyers, unit);
    }

    private static ClvTimeUnit checkIdentifiable(Collection<CustomerHistory> histories) {
        if (histories == null || histories.isEmpty()) {
            throw new ModelFitException(FitFailure.NO_CUSTOMERS, "BG/NBD needs customer histories, got none");
        }
        if (histories.size() < MINIMUM_CUSTOMERS) {
            throw new ModelFitException(FitFailure.TOO_FEW_CUSTOMERS, "BG/NBD needs at least " + MINIMUM_CUSTOMERS
                    + " customers, got " + histories.size());
        }
        ClvTimeUnit unit = histories.iterator().next().unit();
        if (histories.stream().anyMatch(history -> history.unit() != unit)) {
            throw new ModelFitException(FitFailure.MIXED_TIME_UNITS, "all histories must be in the same time unit");
        }
        if (histories.stream().noneMatch(CustomerHistory::isRepeatBuyer)) {
            throw new ModelFitException(FitFailure.NO_REPEAT_BUYERS, "nobody made a repeat purchase, so purchase"
                    + " rate and dropout cannot be told apart");
        }
        return unit;
    }

    private static double logLikelihood(Map<Summary, Integer> counts, double[] parameters) {
        BgNbdModel model = new BgNbdModel(parameters[0], parameters[1], parameters[2], parameters[3]);
        double total = 0.0;
        for (Map.Entry<Summary, Integer> entry : counts.entrySet()) {
            Summary summary = entry.getKey();
            total += entry.getValue() * model.logLikelihood(summary.x(), summary.tx(), summary.T());
        }
        return total;
    }
}
