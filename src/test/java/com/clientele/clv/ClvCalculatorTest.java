package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClvCalculatorTest {

    private static final BgNbdFit PURCHASES = new BgNbdFit(new BgNbdModel(0.243, 4.414, 0.793, 2.426), -9582.4,
            2357, 946, ClvTimeUnit.WEEKS, FitVerdict.fitted(0.5));
    private static final GammaGammaFit SPEND = new GammaGammaFit(new GammaGammaModel(6.25, 3.74, 15.44), -4000, 946);
    private static final CustomerHistory LOYAL = CustomerHistory.withSpend(6, 37.0, 38.86, 40.0, ClvTimeUnit.WEEKS);

    private static ClvPrediction predict(ClvSettings settings, CustomerHistory history) {
        return new ClvCalculator(PURCHASES, SPEND, settings).score(history).prediction().orElseThrow();
    }

    @Test
    void withoutDiscountingTheMonthlySumIsExpectedPurchasesOverTheHorizonTimesValue() {
        ClvSettings undiscounted = new ClvSettings(12, 0.0, ChurnRiskThresholds.defaults(), 7);
        ClvPrediction prediction = predict(undiscounted, LOYAL);
        double purchases = PURCHASES.model().conditionalExpectedPurchases(12 * 4.345, LOYAL);
        double value = SPEND.model().conditionalExpectedAverageValue(6, 40.0);
        assertEquals(purchases * value, prediction.lifetimeValue(), 1e-9 * purchases * value);
        assertEquals(value, prediction.expectedAverageValue(), 1e-12);
    }

    @Test
    void discountingLowersTheValueAndALongerHorizonRaisesIt() {
        double undiscounted = predict(new ClvSettings(12, 0.0, ChurnRiskThresholds.defaults(), 7), LOYAL).lifetimeValue();
        double discounted = predict(ClvSettings.defaults(), LOYAL).lifetimeValue();
        double longer = predict(new ClvSettings(36, 0.01, ChurnRiskThresholds.defaults(), 7), LOYAL).lifetimeValue();
        assertTrue(discounted < undiscounted && discounted > 0.8 * undiscounted, discounted + " vs " + undiscounted);
        assertTrue(longer > discounted, longer + " vs " + discounted);
    }

    @Test
    void aCustomerWhoseFirstPurchaseIsTooRecentHasNotEnoughHistory() {
        CustomerHistory newcomer = CustomerHistory.of(0, 0, 3.0 / 7, ClvTimeUnit.WEEKS);
        ClvOutcome outcome = new ClvCalculator(PURCHASES, SPEND, ClvSettings.defaults()).score(newcomer);
        assertTrue(outcome.prediction().isEmpty());
        assertEquals(ClvOutcome.Reason.NOT_ENOUGH_HISTORY, outcome.reason().orElseThrow());
        assertTrue(outcome.explanation().contains("3 days"), outcome.explanation());
    }

    @Test
    void churnRiskFollowsTheConfiguredCutOffs() {
        CustomerHistory quiet = CustomerHistory.withSpend(6, 8.0, 38.86, 40.0, ClvTimeUnit.WEEKS);
        assertEquals(ChurnRisk.LOW, predict(ClvSettings.defaults(), LOYAL).churnRisk());
        ClvPrediction gone = predict(ClvSettings.defaults(), quiet);
        assertTrue(gone.probabilityAlive() < 0.3, "p alive " + gone.probabilityAlive());
        assertEquals(ChurnRisk.HIGH, gone.churnRisk());
        ClvSettings lenient = new ClvSettings(12, 0.01, new ChurnRiskThresholds(0.9, gone.probabilityAlive() / 2), 7);
        assertEquals(ChurnRisk.MEDIUM, predict(lenient, quiet).churnRisk());
        assertThrows(IllegalArgumentException.class, () -> new ChurnRiskThresholds(0.2, 0.5));
    }

    @Test
    void everyCdnowCustomerGetsFiniteConsistentNumbersFromTheFittedModels() {
        List<CustomerHistory> histories = CdnowFiles.histories(CdnowFiles.summaryWithSpend());
        ClvCalculator calculator = new ClvCalculator(new BgNbdFitter().fit(histories),
                new GammaGammaFitter().fit(histories), ClvSettings.defaults());
        for (CustomerHistory history : histories) {
            ClvPrediction prediction = calculator.score(history).prediction().orElseThrow();
            assertTrue(prediction.probabilityAlive() > 0 && prediction.probabilityAlive() <= 1);
            assertTrue(prediction.expectedPurchases90Days() >= 0);
            assertTrue(prediction.expectedPurchases365Days() >= prediction.expectedPurchases90Days());
            assertTrue(prediction.lifetimeValue() >= 0 && prediction.expectedAverageValue() > 0);
        }
    }

    @Test
    void aHistoryInAnotherUnitThanTheModelIsRefused() {
        ClvCalculator calculator = new ClvCalculator(PURCHASES, SPEND, ClvSettings.defaults());
        CustomerHistory inDays = CustomerHistory.withSpend(6, 259, 272, 40.0, ClvTimeUnit.DAYS);
        assertThrows(IllegalArgumentException.class, () -> calculator.score(inDays));
    }
}
