package com.clientele.clv;

import com.clientele.neo4j.Values;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * The refit's holdout check ({@link HoldoutValidation}), stored on the :ClvModel node with a {@code quality}
 * prefix: the split, the customers compared, the state of the purchase model fitted before the split (or why it
 * failed), per-customer mean absolute errors of the model and of the naive rate baseline, and the cumulative
 * purchases per holdout week, predicted and actual. Numbers are null when that fit failed.
 */
public record ClvQuality(LocalDate calibrationEnd, LocalDate holdoutEnd, int holdoutDays, int customers,
                         String fitState, String failure, Double modelMeanAbsoluteError,
                         Double baselineMeanAbsoluteError, List<Double> cumulativePredicted,
                         List<Double> cumulativeActual) {

    static ClvQuality failed(HoldoutSplit split, String state, String message) {
        return new ClvQuality(split.calibrationEnd(), split.holdoutEnd(), split.holdoutDays(), 0, state, message,
                null, null, List.of(), List.of());
    }

    /** Whether the model's per-customer error is below the naive baseline's; null when the check has no numbers. */
    public Boolean beatsBaseline() {
        return modelMeanAbsoluteError == null ? null : modelMeanAbsoluteError < baselineMeanAbsoluteError;
    }

    public Double totalPredicted() {
        return cumulativePredicted.isEmpty() ? null : cumulativePredicted.get(cumulativePredicted.size() - 1);
    }

    public Double totalActual() {
        return cumulativeActual.isEmpty() ? null : cumulativeActual.get(cumulativeActual.size() - 1);
    }

    /** Mean over the holdout weeks of |predicted − actual| cumulative purchases, as a share of the actual total. */
    public Double trackingError() {
        if (cumulativeActual.isEmpty() || totalActual() == 0) {
            return null;
        }
        double sum = 0;
        for (int week = 0; week < cumulativeActual.size(); week++) {
            sum += Math.abs(cumulativePredicted.get(week) - cumulativeActual.get(week));
        }
        return sum / cumulativeActual.size() / totalActual();
    }

    public ClvText verdict() {
        return QualityVerdict.of(this);
    }

    Map<String, Object> properties() {
        Map<String, Object> values = new HashMap<>();
        values.put("qualityCalibrationEnd", calibrationEnd);
        values.put("qualityHoldoutEnd", holdoutEnd);
        values.put("qualityHoldoutDays", holdoutDays);
        values.put("qualityCustomers", customers);
        values.put("qualityFitState", fitState);
        values.put("qualityFailure", failure);
        values.put("qualityModelMae", modelMeanAbsoluteError);
        values.put("qualityBaselineMae", baselineMeanAbsoluteError);
        values.put("qualityCumulativePredicted", cumulativePredicted);
        values.put("qualityCumulativeActual", cumulativeActual);
        return values;
    }

    /** The quality stored on a :ClvModel projection, or null when the fit has none. */
    static ClvQuality from(Value model) {
        if (model.get("qualityHoldoutEnd").isNull()) {
            return null;
        }
        return new ClvQuality(Values.date(model, "qualityCalibrationEnd"), Values.date(model, "qualityHoldoutEnd"),
                Values.integer(model, "qualityHoldoutDays"), Values.integer(model, "qualityCustomers"),
                Values.string(model, "qualityFitState"), Values.string(model, "qualityFailure"),
                Values.optionalNumber(model, "qualityModelMae"), Values.optionalNumber(model, "qualityBaselineMae"),
                model.get("qualityCumulativePredicted").asList(Value::asDouble, List.of()),
                model.get("qualityCumulativeActual").asList(Value::asDouble, List.of()));
    }
}
