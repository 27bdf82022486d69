package com.clientele.clv;

import java.util.Locale;

/**
 * The marketer's reading of a {@link ClvQuality}, in English and Chinese: how far off the model was per customer
 * compared with the simple rate, and how close the predicted total came to the purchases actually made.
 */
final class QualityVerdict {

    private QualityVerdict() {
    }

    static ClvText of(ClvQuality quality) {
        String window = quality.calibrationEnd().plusDays(1) + " – " + quality.holdoutEnd();
        if (quality.modelMeanAbsoluteError() == null) {
            return new ClvText("The check could not run: the purchase model did not fit on the orders up to "
                    + quality.calibrationEnd() + " (" + quality.fitState() + ").",
                    "无法完成检验：截至 " + quality.calibrationEnd() + " 的订单不足以拟合购买模型（" + quality.fitState() + "）。");
        }
        double model = quality.modelMeanAbsoluteError();
        double baseline = quality.baselineMeanAbsoluteError();
        double gain = baseline > 0 ? 100 * (baseline - model) / baseline : 0;
        double totalGap = quality.totalActual() > 0
                ? 100 * (quality.totalPredicted() - quality.totalActual()) / quality.totalActual() : 0;
        String head = String.format(Locale.ROOT, "Refitted on the orders up to %s and checked on the %d days after"
                        + " (%s) for %d customers: off by %.2f purchases per customer, ", quality.calibrationEnd(),
                quality.holdoutDays(), window, quality.customers(), model);
        String headZh = String.format(Locale.ROOT, "用截至 %s 的订单重新拟合，并在其后 %d 天（%s）对 %d 位客户检验："
                        + "每位客户平均偏差 %.2f 次购买，", quality.calibrationEnd(), quality.holdoutDays(), window,
                quality.customers(), model);
        String comparison = model < baseline
                ? String.format(Locale.ROOT, "%.0f %% better than the simple rate (%.2f).", gain, baseline)
                : String.format(Locale.ROOT, "no better than the simple rate (%.2f): use the predictions with care.",
                baseline);
        String comparisonZh = model < baseline
                ? String.format(Locale.ROOT, "比简单购买频率估计（%.2f）准确 %.0f %%。", baseline, gain)
                : String.format(Locale.ROOT, "并不比简单购买频率估计（%.2f）更准确，请谨慎使用这些预测。", baseline);
        String total = String.format(Locale.ROOT, " In total it predicted %.0f purchases against %.0f made (%+.0f %%).",
                quality.totalPredicted(), quality.totalActual(), totalGap);
        String totalZh = String.format(Locale.ROOT, "合计预测 %.0f 次购买，实际 %.0f 次（%+.0f %%）。",
                quality.totalPredicted(), quality.totalActual(), totalGap);
        return new ClvText(head + comparison + total, headZh + comparisonZh + totalZh);
    }
}
