package com.clientele.clv;

import java.util.Collection;
import java.util.List;

/**
 * Fits a {@link GammaGammaModel} by maximum likelihood on the repeat buyers only (x &gt; 0 with a positive mean
 * repeat spend; repeat buyers whose purchases were all free carry no spend information and are left out).
 * A fit whose q is at most 1 has no finite mean spend and is refused with INFINITE_MEAN_SPEND.
 */
public final class GammaGammaFitter {

    /** Three parameters from fewer repeat buyers than this are noise, not an estimate. */
    public static final int MINIMUM_REPEAT_BUYERS = 10;

    public GammaGammaFit fit(Collection<CustomerHistory> histories) {
        if (histories == null || histories.isEmpty()) {
            throw new ModelFitException(FitFailure.NO_CUSTOMERS, "Gamma-Gamma needs customer histories, got none");
        }
        List<CustomerHistory> buyers = histories.stream()
                .filter(history -> history.isRepeatBuyer() && history.meanRepeatSpend().orElse(0.0) > 0)
                .toList();
        checkEnoughBuyers(buyers.size());
        double meanSpend = buyers.stream().mapToDouble(buyer -> buyer.meanRepeatSpend().orElseThrow()).average()
                .orElseThrow();
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(buyers);
        List<double[]> starts = List.of(
                new double[] {1.0, 2.0, meanSpend},
                new double[] {5.0, 3.0, meanSpend / 2},
                new double[] {10.0, 10.0, meanSpend * 5});
        double[] best = LogSpaceOptimizer.maximise("Gamma-Gamma", List.of("p", "q", "gamma"),
                parameters -> likelihood.at(parameters[0], parameters[1], parameters[2]), starts);
        if (best[1] <= 1) {
            throw new ModelFitException(FitFailure.INFINITE_MEAN_SPEND, "fitted q = " + best[1]
                    + " <= 1: spend is so heavy-tailed that the mean transaction value is infinite");
        }
        GammaGammaModel model = new GammaGammaModel(best[0], best[1], best[2]);
        return new GammaGammaFit(model, likelihood.at(best[0], best[1], best[2]), buyers.size());
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
}
