package com.clientele.clv;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The holdout check run directly on CDNOW_sample.txt (no graph), for a chosen purchase model. */
record HoldoutValidationFigures(PurchaseModel model, ClvQuality quality) {

    static HoldoutValidationFigures onCdnow(PurchaseModel model) {
        Map<String, TreeSet<LocalDate>> days = new HashMap<>();
        CdnowFiles.samplePurchases().forEach(purchase ->
                days.computeIfAbsent(purchase.customerId(), id -> new TreeSet<>()).add(purchase.date()));
        Map<String, List<LocalDate>> purchaseDays = new HashMap<>();
        days.forEach((id, sorted) -> purchaseDays.put(id, List.copyOf(sorted)));
        ClvConfig config = ClvConfig.defaults().withModel(model);
        return new HoldoutValidationFigures(model,
                HoldoutValidation.run(purchaseDays, LocalDate.of(1998, 6, 30), config).orElseThrow());
    }

    @Override
    public String toString() {
        return model + ": MAE " + quality.modelMeanAbsoluteError() + " vs baseline "
                + quality.baselineMeanAbsoluteError() + ", total " + quality.totalPredicted() + " predicted vs "
                + quality.totalActual() + " actual, tracking error " + quality.trackingError();
    }
}
