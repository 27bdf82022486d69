package com.clientele.clv;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Fits a {@link BgNbdModel} of the given {@link PurchaseModel} variant by maximum likelihood
 * ({@link BgNbdLikelihood} aggregates identical histories and shares the Gamma-function terms, so the cost grows
 * with distinct histories rather than customers), then diagnoses the maximum ({@link FitDiagnosis}): a parameter
 * at the edge of the optimiser's range or a flat direction gives a BOUNDARY_FIT or UNIDENTIFIED verdict, never
 * FITTED. Histories that cannot identify the model at all get a {@link ModelFitException} with a reason code.
 */
public final class BgNbdFitter {

    /** Four parameters from fewer customers than this are noise, not an estimate. */
    public static final int MINIMUM_CUSTOMERS = 10;

    private static final List<String> NAMES = List.of("r", "alpha", "a", "b");

    private final PurchaseModel variant;

    public BgNbdFitter(PurchaseModel variant) {
        this.variant = variant;
    }

    /** The original BG/NBD. */
    public BgNbdFitter() {
        this(PurchaseModel.BG_NBD);
    }

    public BgNbdFit fit(Collection<CustomerHistory> histories) {
        ClvTimeUnit unit = checkIdentifiable(histories);
        BgNbdLikelihood likelihood = new BgNbdLikelihood(histories, variant);
        double meanAge = Math.max(histories.stream().mapToDouble(CustomerHistory::T).average().orElse(1), 1e-3);
        List<double[]> starts = List.of(
                new double[] {1.0, meanAge / 4, 1.0, 1.0},
                new double[] {0.5, meanAge / 10, 0.5, 3.0},
                new double[] {2.0, meanAge, 2.0, 2.0});
        ToDoubleFunction<double[]> natural =
                parameters -> likelihood.at(parameters[0], parameters[1], parameters[2], parameters[3]);
        String name = variant.name().replace('_', '/');
        double[] logs = LogSpaceOptimizer.maximiseLogs(name, natural, starts);
        double[] best = Arrays.stream(logs).map(Math::exp).toArray();
        FitVerdict verdict = FitDiagnosis.diagnose(
                point -> natural.applyAsDouble(Arrays.stream(point).map(Math::exp).toArray()), logs, NAMES);
        BgNbdModel model = new BgNbdModel(best[0], best[1], best[2], best[3], variant);
        int repeatBuyers = (int) histories.stream().filter(CustomerHistory::isRepeatBuyer).count();
        return new BgNbdFit(model, natural.applyAsDouble(best), histories.size(), repeatBuyers, unit, verdict);
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
}
