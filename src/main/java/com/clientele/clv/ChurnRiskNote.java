package com.clientele.clv;

import java.util.Locale;
import java.util.Set;

/**
 * Says why a customer's churn risk disagrees with their lifecycle class, when it does: lifecycle CHURNED (no order
 * for longer than the shop-wide churn horizon) with churn risk LOW, or lifecycle NEW, ONE_TIME, GROWING or MATURE with churn
 * risk HIGH. The reason comes from the {@link ChurnEvidence}; otherwise there is no note.
 */
final class ChurnRiskNote {

    private static final Set<String> ACTIVE_STAGES = Set.of("NEW", "ONE_TIME", "GROWING", "MATURE");

    private ChurnRiskNote() {
    }

    static ClvText of(String lifecycle, String churnRisk, Double probabilityAlive, ChurnEvidence evidence) {
        boolean churnedButLow = "CHURNED".equals(lifecycle) && "LOW".equals(churnRisk);
        boolean activeButHigh = lifecycle != null && ACTIVE_STAGES.contains(lifecycle) && "HIGH".equals(churnRisk);
        if (!(churnedButLow || activeButHigh) || evidence == null || probabilityAlive == null) {
            return null;
        }
        String alive = String.format(Locale.ROOT, "%.2f", probabilityAlive);
        long silence = Math.round(evidence.silenceDays());
        long pace = Math.round(evidence.paceDays());
        return switch (evidence.basis()) {
            case DROPOUT_NOT_IDENTIFIED -> new ClvText("This shop's CLV fit could not measure dropout (see clvModel"
                    + " state and explanation), so its P(alive) of " + alive + " is not a churn signal; trust the"
                    + " lifecycle class " + lifecycle + " instead.",
                    "本店的 CLV 拟合无法测出客户流失（见 clvModel 的状态与说明），因此其存活概率 " + alive
                            + " 不能作为流失信号；请以生命周期分类 " + lifecycle + " 为准。");
            case NEVER_REPEATED_UNDER_BG_NBD -> new ClvText("The BG/NBD model assumes a customer who never bought"
                    + " again is still active (P(alive) = 1), whatever the time since; set clv.model to MBG_NBD to"
                    + " let one-time buyers drop out. The lifecycle class " + lifecycle + " is the better guide.",
                    "BG/NBD 模型假定从未复购的客户仍然活跃（存活概率 = 1），与间隔多久无关；将 clv.model 设为 MBG_NBD"
                            + " 可让一次性购买者被判定为流失。生命周期分类 " + lifecycle + " 更可靠。");
            case OWN_PACE -> churnedButLow
                    ? new ClvText("No purchase for " + silence + " days, longer than the shop-wide churn horizon"
                    + " (lifecycle CHURNED); but this customer buys about once every " + pace + " days while active,"
                    + " so at their own pace the silence is not yet unusual (P(alive) " + alive + ").",
                    silence + " 天没有购买，超过了全店的流失期限（生命周期为 CHURNED）；但该客户活跃时大约每 " + pace
                            + " 天购买一次，按其自身节奏这段沉默尚不异常（存活概率 " + alive + "）。")
                    : new ClvText("This customer buys about once every " + pace + " days while active, so "
                    + silence + " days without a purchase is long for them (P(alive) " + alive + "), although the"
                    + " shop-wide lifecycle rule still calls them " + lifecycle + ".",
                    "该客户活跃时大约每 " + pace + " 天购买一次，" + silence + " 天没有购买对其而言已很长（存活概率 "
                            + alive + "），尽管按全店的生命周期规则仍属于 " + lifecycle + "。");
        };
    }
}
