package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class CustomerHistoriesTest {

    private static final LocalDate END = LocalDate.of(2024, 3, 31);

    private static double roundedToCents(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void assertSameAfterRounding(CdnowFiles.SummaryRow row, CustomerHistory ours, String field,
                                                ToDoubleFunction<CustomerHistory> value) {
        assertEquals(value.applyAsDouble(row.history()), roundedToCents(value.applyAsDouble(ours)), 1e-6,
                () -> "customer " + row.id() + " " + field);
    }

    @Test
    void summarisingTheCdnowSampleReproducesThePublishedCalibrationSummary() {
        Map<String, CustomerHistory> ours = CustomerHistories.fromTransactions(CdnowFiles.samplePurchases(),
                CdnowFiles.CALIBRATION_END, ClvTimeUnit.WEEKS);
        List<CdnowFiles.SummaryRow> published = CdnowFiles.summary();
        assertEquals(2357, ours.size());
        assertEquals(published.size(), ours.size());
        for (CdnowFiles.SummaryRow row : published) {
            CustomerHistory history = ours.get(row.id());
            assertEquals(row.history().x(), history.x(), () -> "customer " + row.id() + " frequency");
            assertSameAfterRounding(row, history, "recency", CustomerHistory::tx);
            assertSameAfterRounding(row, history, "T", CustomerHistory::T);
        }
    }

    /** Within the file's half-cent rounding: customer 401's mean is exactly 18.135, which the file rounds up. */
    @Test
    void theMeanRepeatSpendMatchesThePublishedZbar() {
        Map<String, CustomerHistory> ours = CustomerHistories.fromTransactions(CdnowFiles.samplePurchases(),
                CdnowFiles.CALIBRATION_END, ClvTimeUnit.WEEKS);
        for (CdnowFiles.SummaryRow row : CdnowFiles.summaryWithSpend()) {
            double published = row.history().meanRepeatSpend().orElse(0.0);
            double mine = ours.get(row.id()).meanRepeatSpend().orElse(0.0);
            assertEquals(published, mine, 0.005 + 1e-9, () -> "customer " + row.id() + " zbar (file rounds to cents)");
        }
    }

    @Test
    void sameDayPurchasesAreOneTransactionAndLaterOnesAreIgnored() {
        List<Purchase> purchases = List.of(
                new Purchase("c1", LocalDate.of(2024, 1, 1), 10),
                new Purchase("c1", LocalDate.of(2024, 1, 1), 5),
                new Purchase("c1", LocalDate.of(2024, 1, 15), 20),
                new Purchase("c1", LocalDate.of(2024, 1, 15), 4),
                new Purchase("c1", LocalDate.of(2024, 4, 1), 99),
                new Purchase("c2", LocalDate.of(2024, 3, 31), 7),
                new Purchase("c3", LocalDate.of(2024, 4, 2), 7));
        Map<String, CustomerHistory> histories = CustomerHistories.fromTransactions(purchases, END, ClvTimeUnit.DAYS);
        CustomerHistory first = histories.get("c1");
        assertEquals(1, first.x());
        assertEquals(14.0, first.tx());
        assertEquals(90.0, first.T());
        assertEquals(24.0, first.meanRepeatSpend().getAsDouble());
        CustomerHistory sameDay = histories.get("c2");
        assertEquals(0, sameDay.x());
        assertEquals(0.0, sameDay.T());
        assertFalse(sameDay.meanRepeatSpend().isPresent());
        assertFalse(histories.containsKey("c3"));
        assertTrue(histories.keySet().containsAll(List.of("c1", "c2")));
    }
}
