package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.strategy.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reason given when churn risk and lifecycle contradict each other, and silence when they do not. */
class ChurnRiskNoteTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static CustomerMetrics buyer(int orders, int recency, int tenure, Double meanGap) {
        return new CustomerMetrics("C", orders, 100.0 * orders, 100, AS_OF.minusDays(tenure), AS_OF.minusDays(recency),
                recency, tenure, meanGap, null, 0, 0, 0, 0, 1, 0.1, 1, 0, 0, "a");
    }

    private static Optional<ChurnRiskNote> note(String lifecycle, String churnRisk, CustomerMetrics metrics) {
        return ChurnRiskNote.of(lifecycle, churnRisk, metrics);
    }

    @Test
    void aChurnedOneTimeBuyerRatedLowRiskIsToldTheModelHasNoRepeatPurchaseToLearnFrom() {
        ChurnRiskNote note = note("CHURNED", "LOW", buyer(1, 400, 400, null)).orElseThrow();
        assertTrue(note.text(Language.EN).startsWith("Churn risk is LOW but the lifecycle is CHURNED: this customer"
                + " bought on one day only, 400 days before the analysis date"), note.text(Language.EN));
        assertTrue(note.text(Language.EN).contains("probability alive at 1"), note.text(Language.EN));
        assertTrue(note.text(Language.ZH).startsWith("流失风险为低，但生命周期为流失：该客户只在一天里买过，距分析日已 400 天"),
                note.text(Language.ZH));
    }

    @Test
    void aChurnedRepeatBuyerRatedLowRiskIsToldTheirOwnPaceKeepsThemAliveInTheModel() {
        ChurnRiskNote note = note("CHURNED", "LOW", buyer(3, 200, 500, 149.6)).orElseThrow();
        assertTrue(note.text(Language.EN).contains("the last order was 200 days before the analysis date")
                && note.text(Language.EN).contains("a mean gap of 150 days"), note.text(Language.EN));
        assertTrue(note.text(Language.ZH).contains("平均每 150 天买一次"), note.text(Language.ZH));
    }

    @Test
    void anActiveCustomerRatedHighRiskGetsAnEarlyWarningNamingItsStage() {
        ChurnRiskNote oneTime = note("ONE_TIME", "HIGH", buyer(1, 120, 120, null)).orElseThrow();
        ChurnRiskNote mature = note("MATURE", "HIGH", buyer(8, 80, 700, 20.0)).orElseThrow();
        assertTrue(oneTime.text(Language.EN).startsWith("Churn risk is HIGH while the lifecycle is ONE_TIME: this"
                + " customer bought on one day only, 120 days"), oneTime.text(Language.EN));
        assertTrue(oneTime.text(Language.ZH).startsWith("生命周期为未复购客户（ONE_TIME），但流失风险为高"),
                oneTime.text(Language.ZH));
        assertTrue(mature.text(Language.EN).contains("(a mean gap of 20 days)"), mature.text(Language.EN));
        assertTrue(mature.text(Language.ZH).startsWith("生命周期为成熟期客户（MATURE）"), mature.text(Language.ZH));
    }

    @Test
    void agreeingClassesAProspectOrAMissingChurnRiskGetNoNote() {
        CustomerMetrics repeat = buyer(5, 30, 700, 40.0);
        List<Optional<ChurnRiskNote>> none = List.of(note("CHURNED", "HIGH", repeat), note("CHURNED", "MEDIUM", repeat),
                note("MATURE", "LOW", repeat), note("MATURE", "MEDIUM", repeat), note("DECLINING", "HIGH", repeat),
                note("DECLINING", "LOW", repeat), note("CHURNED", null, repeat), note("CHURNED", "NO_PREDICTION", repeat),
                note("PROSPECT", "HIGH", new MetricsCalculator(AS_OF, 180, 10).calculate(
                        new PurchaseFacts("P", List.of(), List.of()))));
        assertEquals(List.of(), none.stream().filter(Optional::isPresent).toList());
    }
}
