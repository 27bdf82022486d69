package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgNbdFitterTest {

    private static BgNbdFit cdnow;

    @BeforeAll
    static void fitTheCdnowCalibrationSummary() {
        cdnow = new BgNbdFitter().fit(CdnowFiles.histories(CdnowFiles.summary()));
    }

    private static void assertThreeSignificantDigits(double published, double actual) {
        assertEquals(published, actual, 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(published))) - 2),
                () -> "published " + published + ", fitted " + actual);
    }

    @Test
    void theCdnowFitGivesThePublishedParametersAndLikelihood() {
        BgNbdModel model = cdnow.model();
        assertThreeSignificantDigits(0.243, model.r());
        assertThreeSignificantDigits(4.414, model.alpha());
        assertThreeSignificantDigits(0.793, model.a());
        assertThreeSignificantDigits(2.426, model.b());
        assertEquals(-9582.4, cdnow.logLikelihood(), 0.05);
        assertEquals(2357, cdnow.customers());
        assertEquals(946, cdnow.repeatBuyers());
        assertEquals(ClvTimeUnit.WEEKS, cdnow.unit());
    }

    /** Hardie's spreadsheet values, computed from the unrounded fit (lifetimes checks them to 3 decimals). */
    @ParameterizedTest(name = "E[X({0})] = {1}")
    @CsvSource({"0.1429, 0.0078", "1, 0.0532", "3, 0.1506", "31.8571, 1.0405", "32, 1.0437", "78, 1.8576"})
    void theFittedModelsExpectationsMatchHardiesSpreadsheet(double t, double published) {
        assertEquals(published, cdnow.model().expectedPurchases(t), 0.0005);
    }

    @Test
    void theOptimisersSharedTermLikelihoodEqualsThePerCustomerFormulaSummed() {
        List<CustomerHistory> histories = CdnowFiles.histories(CdnowFiles.summary());
        BgNbdModel elsewhere = new BgNbdModel(0.6, 9.0, 1.3, 4.0);
        double fast = new BgNbdLikelihood(histories, PurchaseModel.BG_NBD).at(0.6, 9.0, 1.3, 4.0);
        assertEquals(elsewhere.totalLogLikelihood(histories), fast, 1e-9 * Math.abs(fast));
    }

    @Test
    void noCustomersIsAnErrorWithAReason() {
        ModelFitException error = assertThrows(ModelFitException.class, () -> new BgNbdFitter().fit(List.of()));
        assertEquals(FitFailure.NO_CUSTOMERS, error.reason());
    }

    @Test
    void aSingleCustomerIsTooFew() {
        List<CustomerHistory> one = List.of(CustomerHistory.of(3, 20, 30, ClvTimeUnit.WEEKS));
        ModelFitException error = assertThrows(ModelFitException.class, () -> new BgNbdFitter().fit(one));
        assertEquals(FitFailure.TOO_FEW_CUSTOMERS, error.reason());
    }

    @Test
    void customersWhoAllBoughtOnceCannotIdentifyTheModel() {
        List<CustomerHistory> onceEach = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            onceEach.add(CustomerHistory.of(0, 0, 10 + i % 30, ClvTimeUnit.WEEKS));
        }
        ModelFitException error = assertThrows(ModelFitException.class, () -> new BgNbdFitter().fit(onceEach));
        assertEquals(FitFailure.NO_REPEAT_BUYERS, error.reason());
    }

    @Test
    void historiesInDifferentUnitsAreRefused() {
        List<CustomerHistory> mixed = new ArrayList<>(Collections.nCopies(20, CustomerHistory.of(1, 2, 9, ClvTimeUnit.WEEKS)));
        mixed.add(CustomerHistory.of(1, 14, 63, ClvTimeUnit.DAYS));
        ModelFitException error = assertThrows(ModelFitException.class, () -> new BgNbdFitter().fit(mixed));
        assertEquals(FitFailure.MIXED_TIME_UNITS, error.reason());
    }

    @Test
    void identicalLoyalCustomersWithoutAnyDropoutSignalAreABoundaryFitNotFitted() {
        List<CustomerHistory> clones = Collections.nCopies(50, CustomerHistory.of(10, 30, 30, ClvTimeUnit.WEEKS));
        FitVerdict verdict = new BgNbdFitter().fit(clones).verdict();
        assertEquals(FitVerdict.BOUNDARY_FIT, verdict.state(), verdict::toString);
    }

    @Test
    void theCdnowFitIsFittedWithEveryDirectionPinnedDown() {
        assertEquals(FitVerdict.FITTED, cdnow.verdict().state(), cdnow.verdict()::toString);
        assertTrue(cdnow.verdict().largestLogStandardError() < 1, cdnow.verdict()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BG_NBD", "MBG_NBD"})
    void aSampleWhereNinetyNinePercentBuyOnceIsNotReportedAsFitted(PurchaseModel variant) {
        List<CustomerHistory> sample = SimulatedBuyers.histories(4000, 0.5, 30.0, 0.95, 0.4, 0.4, 52, 18L);
        long once = sample.stream().filter(history -> history.x() == 0).count();
        assertTrue(once >= 0.98 * sample.size(), once + " of " + sample.size() + " bought once");
        BgNbdFit fit = new BgNbdFitter(variant).fit(sample);
        System.out.println(variant + " on " + once + " of " + sample.size() + " one-time buyers: " + fit.model()
                + " " + fit.verdict());
        assertNotEquals(FitVerdict.FITTED, fit.verdict().state(), fit.model() + " " + fit.verdict());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BG_NBD", "MBG_NBD"})
    void customersWhoNeverDropOutGiveABoundaryOrUnidentifiedFitNotFitted(PurchaseModel variant) {
        List<CustomerHistory> sample = SimulatedBuyers.histories(3000, 0.8, 10.0, 0.0, 1.0, 1.0, 40, 7L);
        BgNbdFit fit = new BgNbdFitter(variant).fit(sample);
        System.out.println(variant + " without dropout: " + fit.model() + " " + fit.verdict());
        assertNotEquals(FitVerdict.FITTED, fit.verdict().state(), fit.model() + " " + fit.verdict());
    }
}
