package com.clientele.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The refit's own calibration / holdout check on the merchant's data: the purchase model is refitted on the
 * histories up to the {@link HoldoutSplit}, and for every customer with enough history there its expected purchases
 * in the holdout are compared with the purchase days they actually made, against the naive rate baseline (the
 * customer's repeat purchases per unit of time before the split, x / T, times the holdout length). It also tracks
 * the cumulative purchases of all those customers week by week, predicted against actual.
 */
final class HoldoutValidation {

    private HoldoutValidation() {
    }

    static Optional<ClvQuality> run(Map<String, List<LocalDate>> purchaseDays, LocalDate end,
                                    ClvConfig config) {
        Optional<HoldoutSplit> split = HoldoutSplit.of(purchaseDays, end);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        ClvTimeUnit unit = config.timeUnit();
        List<CustomerHistory> histories = new ArrayList<>();
        List<int[]> actual = new ArrayList<>();
        purchaseDays.values().forEach(days -> split.get().calibration(days, unit).ifPresent(history -> {
            histories.add(history);
            actual.add(split.get().holdoutWeeks(days));
        }));
        BgNbdFit fit;
        try {
            fit = new BgNbdFitter(config.model()).fit(histories);
        } catch (ModelFitException failure) {
            return Optional.of(ClvQuality.failed(split.get(), failure.reason().name(), failure.getMessage()));
        }
        return Optional.of(compare(split.get(), fit, histories, actual, config));
    }

    private static ClvQuality compare(HoldoutSplit split, BgNbdFit fit, List<CustomerHistory> histories,
                                      List<int[]> actual, ClvConfig config) {
        ClvTimeUnit unit = config.timeUnit();
        int weeks = split.weeks();
        double[] horizons = new double[weeks];
        for (int week = 1; week <= weeks; week++) {
            horizons[week - 1] = unit.fromDays(Math.min(7 * week, split.holdoutDays()));
        }
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            if (histories.get(i).T() * unit.daysPerUnit() >= Math.max(1, config.minimumHistoryDays())) {
                scored.add(i);
            }
        }
        List<double[]> predicted = scored.parallelStream()
                .map(index -> fit.model().conditionalExpectedPurchases(horizons, histories.get(index))).toList();
        double[] predictedWeeks = new double[weeks];
        double[] actualWeeks = new double[weeks];
        double modelError = 0;
        double baselineError = 0;
        for (int n = 0; n < scored.size(); n++) {
            CustomerHistory history = histories.get(scored.get(n));
            int[] made = actual.get(scored.get(n));
            int total = 0;
            for (int week = 0; week < weeks; week++) {
                total += made[week];
                actualWeeks[week] += total;
                predictedWeeks[week] += predicted.get(n)[week];
            }
            double baseline = history.x() / history.T() * horizons[weeks - 1];
            modelError += Math.abs(predicted.get(n)[weeks - 1] - total);
            baselineError += Math.abs(baseline - total);
        }
        int customers = Math.max(1, scored.size());
        return new ClvQuality(split.calibrationEnd(), split.holdoutEnd(), split.holdoutDays(), scored.size(),
                fit.verdict().state(), null, modelError / customers, baselineError / customers,
                toList(predictedWeeks), toList(actualWeeks));
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return list;
    }
}
