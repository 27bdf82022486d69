package com.clientele.segment;

import com.clientele.strategy.Language;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why a customer's churn risk (stored by the CLV refit) and its lifecycle stage contradict each other, in both
 * languages. They answer different questions on different evidence: the lifecycle compares the days since the last
 * order with a churn horizon; the CLV model estimates the probability the customer still buys from the pattern of
 * their repeat purchases. So they can disagree, and a marketer is told which and why instead of being left with two
 * opposite labels. A contradiction is lifecycle CHURNED with churn risk LOW, or an active lifecycle (NEW, ONE_TIME,
 * GROWING, MATURE) with churn risk HIGH; the reason differs for one-time and repeat buyers. Pure Java.
 */
public record ChurnRiskNote(String english, String chinese) {

    private static final Set<String> ACTIVE = Set.of("NEW", "ONE_TIME", "GROWING", "MATURE");
    private static final Map<String, String> CHINESE_STAGES = Map.of("NEW", "新客户", "ONE_TIME", "未复购客户",
            "GROWING", "成长期客户", "MATURE", "成熟期客户");

    /** The note for this customer, or empty when lifecycle and churn risk agree or no churn risk is stored. */
    public static Optional<ChurnRiskNote> of(String lifecycle, String churnRisk, CustomerMetrics metrics) {
        if (churnRisk == null || metrics.isProspect()) {
            return Optional.empty();
        }
        int days = metrics.recencyDays();
        if ("CHURNED".equals(lifecycle) && "LOW".equals(churnRisk)) {
            return Optional.of(metrics.isOneTimeBuyer() ? ChurnRiskNotes.churnedOneTimeBuyer(days)
                    : ChurnRiskNotes.churnedRepeatBuyer(days, meanGap(metrics)));
        }
        if (ACTIVE.contains(lifecycle) && "HIGH".equals(churnRisk)) {
            String chineseStage = CHINESE_STAGES.get(lifecycle) + "（" + lifecycle + "）";
            return Optional.of(metrics.isOneTimeBuyer()
                    ? ChurnRiskNotes.activeOneTimeBuyer(lifecycle, chineseStage, days)
                    : ChurnRiskNotes.activeRepeatBuyer(lifecycle, chineseStage, days, meanGap(metrics)));
        }
        return Optional.empty();
    }

    public String text(Language language) {
        return language == Language.ZH ? chinese : english;
    }

    private static long meanGap(CustomerMetrics metrics) {
        return Math.round(metrics.meanGapDays());
    }
}
