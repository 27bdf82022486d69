package com.clientele.segment;

/**
 * The texts of the {@link ChurnRiskNote}s, English and Chinese side by side, each with the customer's own numbers:
 * days since the last order as of the analysis date, and a repeat buyer's mean gap between purchase days.
 */
final class ChurnRiskNotes {

    private ChurnRiskNotes() {
    }

    static ChurnRiskNote churnedOneTimeBuyer(int days) {
        return new ChurnRiskNote(String.format("Churn risk is LOW but the lifecycle is CHURNED: this customer bought"
                + " on one day only, %d days before the analysis date, which is past the churn horizon. The CLV model"
                + " learns whether a customer has dropped out from the gaps between repeat purchases; with no repeat"
                + " purchase it has nothing to learn from and still rates them likely active (the BG/NBD model puts a"
                + " one-time buyer's probability alive at 1, however long ago the purchase). Go by the lifecycle and"
                + " treat them as lapsed.", days),
                String.format("流失风险为低，但生命周期为流失：该客户只在一天里买过，距分析日已 %d 天，超过了流失期限。"
                        + "CLV 模型依据复购之间的间隔判断客户是否已经流失；没有任何复购时它无从判断，仍把客户视为大概率活跃"
                        + "（BG/NBD 模型对只买过一次的客户，无论相隔多久，存活概率都定为 1）。请以生命周期为准，按已流失客户对待。",
                        days));
    }

    static ChurnRiskNote churnedRepeatBuyer(int days, long meanGap) {
        return new ChurnRiskNote(String.format("Churn risk is LOW but the lifecycle is CHURNED: the last order was %d"
                + " days before the analysis date, past the churn horizon. The CLV model weighs that silence against"
                + " this customer's own past buying (a mean gap of %d days between purchases) and still finds them"
                + " more likely active than not. Treat them as lapsed, but a win-back is worth trying.", days, meanGap),
                String.format("流失风险为低，但生命周期为流失：最近一单距分析日已 %d 天，超过了流失期限。CLV 模型把这段沉默与"
                        + "该客户以往的购买节奏（平均每 %d 天买一次）相比较，仍认为其活跃的可能性更大。请按已流失客户对待，"
                        + "但值得尝试挽回。", days, meanGap));
    }

    static ChurnRiskNote activeOneTimeBuyer(String stage, String chineseStage, int days) {
        return new ChurnRiskNote(String.format("Churn risk is HIGH while the lifecycle is %s: this customer bought on"
                + " one day only, %d days before the analysis date, still within the churn horizon, and the CLV model"
                + " already rates a buyer who has not come back after that long as more likely gone than active. An"
                + " early warning: this is the moment for the second-purchase incentive.", stage, days),
                String.format("生命周期为%s，但流失风险为高：该客户只在一天里买过，距分析日 %d 天，仍在流失期限之内，"
                        + "而 CLV 模型认为隔了这么久仍未回购的客户更可能已经流失。这是提前预警：正是发放复购优惠的时机。",
                        chineseStage, days));
    }

    static ChurnRiskNote activeRepeatBuyer(String stage, String chineseStage, int days, long meanGap) {
        return new ChurnRiskNote(String.format("Churn risk is HIGH while the lifecycle is %s: the last order was"
                + " %d days before the analysis date, still within the churn horizon, but long for this customer's own pace"
                + " (a mean gap of %d days), so the CLV model already rates them more likely gone than active. An early"
                + " warning: act before the lifecycle calls them churned.", stage, days, meanGap),
                String.format("生命周期为%s，但流失风险为高：最近一单距分析日 %d 天，仍在流失期限之内，但对该客户自身的节奏"
                        + "（平均每 %d 天买一次）来说已经偏久，因此 CLV 模型认为其更可能已经流失。这是提前预警：请在生命周期"
                        + "判定流失之前采取行动。", chineseStage, days, meanGap));
    }
}
