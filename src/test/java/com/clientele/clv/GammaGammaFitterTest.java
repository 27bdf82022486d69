package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaFitterTest {

    private static void assertThreeSignificantDigits(double published, double actual) {
        assertEquals(published, actual, 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(published))) - 2),
                () -> "published " + published + ", fitted " + actual);
    }

    @Test
    void theCdnowRepeatBuyersGiveThePublishedParameters() {
        GammaGammaFit fit = new GammaGammaFitter().fit(CdnowFiles.histories(CdnowFiles.summaryWithSpend()));
        assertEquals(946, fit.customers());
        assertThreeSignificantDigits(6.25, fit.model().p());
        assertThreeSignificantDigits(3.74, fit.model().q());
        assertThreeSignificantDigits(15.44, fit.model().gamma());
    }

    @Test
    void theOptimisersSharedTermLikelihoodEqualsThePerCustomerFormulaSummed() {
        List<CustomerHistory> buyers = CdnowFiles.histories(CdnowFiles.summaryWithSpend()).stream()
                .filter(CustomerHistory::isRepeatBuyer).toList();
        GammaGammaModel model = new GammaGammaModel(2.0, 5.0, 30.0);
        double perCustomer = buyers.stream()
                .mapToDouble(buyer -> model.logLikelihood(buyer.x(), buyer.meanRepeatSpend().getAsDouble())).sum();
        double fast = new GammaGammaLikelihood(buyers).at(2.0, 5.0, 30.0);
        assertEquals(perCustomer, fast, 1e-9 * Math.abs(fast));
    }

    @Test
    void theExpectedAverageValueShrinksTheCustomersMeanTowardsThePopulationMean() {
        GammaGammaModel model = new GammaGammaModel(6.25, 3.74, 15.44);
        double population = model.populationMeanSpend();
        assertEquals(6.25 * 15.44 / 2.74, population, 1e-12);
        assertEquals(population, model.conditionalExpectedAverageValue(0, 0), 1e-12);
        double oneRepeat = model.conditionalExpectedAverageValue(1, 100);
        double tenRepeats = model.conditionalExpectedAverageValue(10, 100);
        assertEquals(6.25 * (15.44 + 100) / (6.25 + 2.74), oneRepeat, 1e-12);
        assertEquals(true, population < oneRepeat && oneRepeat < tenRepeats && tenRepeats < 100);
    }

    @Test
    void customersWithoutRepeatPurchasesGiveNoRepeatBuyersError() {
        List<CustomerHistory> onceEach = Collections.nCopies(30, CustomerHistory.of(0, 0, 20, ClvTimeUnit.WEEKS));
        ModelFitException error = assertThrows(ModelFitException.class, () -> new GammaGammaFitter().fit(onceEach));
        assertEquals(FitFailure.NO_REPEAT_BUYERS, error.reason());
    }

    @Test
    void noCustomersAndASingleRepeatBuyerAreErrorsWithReasons() {
        ModelFitException none = assertThrows(ModelFitException.class, () -> new GammaGammaFitter().fit(List.of()));
        assertEquals(FitFailure.NO_CUSTOMERS, none.reason());
        List<CustomerHistory> one = List.of(CustomerHistory.withSpend(2, 5, 9, 30, ClvTimeUnit.WEEKS));
        ModelFitException single = assertThrows(ModelFitException.class, () -> new GammaGammaFitter().fit(one));
        assertEquals(FitFailure.TOO_FEW_CUSTOMERS, single.reason());
    }

    @Test
    void identicalSpendEverywhereHasNoInteriorMaximum() {
        List<CustomerHistory> same = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            same.add(CustomerHistory.withSpend(1 + i % 4, 5, 9, 25.0, ClvTimeUnit.WEEKS));
        }
        ModelFitException error = assertThrows(ModelFitException.class, () -> new GammaGammaFitter().fit(same));
        assertEquals(FitFailure.DID_NOT_CONVERGE, error.reason());
    }
}
