package com.clientele.clv;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link GammaGammaModel} by maximum likelihood on the repeat buyers only (x &gt; 0 with a positive mean
 * repeat spend; repeat buyers whose purchases were all free carry no spend information and are left out).
 * A fit whose q is at most 1 has no finite mean spend and is refused with INFINITE_MEAN_SPEND.
 */
public final class GammaGammaFitter {

    /** Three parameters from fewer repeat buyers than this are noise, not an estimate. */
    public static final int MINIMUM_REPEAT_BUYERS = 10;

    private record Spend(int x, double meanSpend) {
    }

    public GammaGammaFit fit(Collection<CustomerHistory> histories) {
        if (histories == null || histories.isEmpty()) {
            throw new ModelFitException(FitFailure.NO_CUSTOMERS, "Gamma-Gamma needs customer histories, got none");
        }
        Map<Spend, Integer> counts = new HashMap<>();
        double spendTotal = 0.0;
        for (CustomerHistory history : histories) {
            double meanSpend = history.meanRepeatSpend().orElse(0.0);
            if (history.isRepeatBuyer() && meanSpend > 0) {
                counts.merge(new Spend(history.x(), meanSpend), 1, Integer::sum);
                spendTotal += meanSpend;
            }
        }
        int buyers = counts.values().stream().mapToInt(Integer::intValue).sum();
        checkEnoughBuyers(buyers);
        double meanSpend = spendTotal / buyers;
        List<double[]> starts = List.of(
                new double[] {1.0, 2.0, meanSpend},
                new double[] {5.0, 3.0, meanSpend / 2},
                new double[] {10.0, 10.0, meanSpend * 5});
        double[] best = LogSpaceOptimizer.maximise("Gamma-Gamma", List.of("p", "q", "gamma"),
                parameters -> logLikelihood(counts, parameters), starts);
        if (best[1] <= 1) {
            throw new ModelFitException(FitFailure.INFINITE_MEAN_SPEND, "fitted q = " + best[1]
                    + " <= 1: spend is so heavy-tailed that the mean transaction value is infinite");
        }
        return new GammaGammaFit(new GammaGammaModel(best[0], best[1], best[2]), logLikelihood(counts, best), buyers);
    }

    private static void checkEnoughBuyers(int buyers) {
        if (buyers == 0) {
            throw new ModelFitException(FitFailure.NO_REPEAT_BUYERS,
                    "Gamma-Gamma is fitted on repeat buyers with a positive spend, and there are none");
        }
        if (buyers < MINIMUM_REPEAT_BUYERS) {
            throw new ModelFitException(FitFailure.TOO_FEW_CUSTOMERS, "Gamma-Gamma needs at least "
                    + MINIMUM_REPEAT_BUYERS + " repeat buyers with a positive spend, got " + buyers);
        }
    }

    private static double logLikelihood(Map<Spend, Integer> counts, double[] parameters) {
        GammaGammaModel model = new GammaGammaModel(parameters[0], parameters[1], parameters[2]);
        double total = 0.0;
        for (Map.Entry<Spend, Integer> entry : counts.entrySet()) {
            total += entry.getValue() * model.logLikelihood(entry.getKey().x(), entry.getKey().meanSpend());
        }
        return total;
    }
}
