package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgNbdModelTest {

    /** Fader, Hardie &amp; Lee (2005) on the CDNOW sample, weeks. */
    private static final BgNbdModel PUBLISHED = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

    /**
     * E[X(t)] without the hypergeometric function: given p, E_λ[(1 − e^(−λpt))/p] = (1 − (α/(α+pt))^r)/p, averaged
     * over p ~ Beta(a, b) by quadrature; for a &lt; 1 after p = u^(1/a), which removes the p^(a−1) singularity at 0.
     */
    private static double expectedPurchasesByQuadrature(BgNbdModel model, double t) {
        double a = model.a();
        double exponent = a < 1 ? 1 / a : 1;
        double normaliser = Math.exp(Beta.logBeta(a, model.b())) / exponent;
        return new IterativeLegendreGaussIntegrator(32, 1e-12, 1e-14).integrate(1_000_000, number -> {
            double p = Math.pow(number, exponent);
            double perP = p == 0 ? model.r() * t / model.alpha()
                    : -Math.expm1(-model.r() * Math.log1p(p * t / model.alpha())) / p;
            double density = a < 1 ? 1 : Math.pow(p, a - 1);
            return perP * density * Math.pow(1 - p, model.b() - 1);
        }, 0, 1) / normaliser;
    }

    @Test
    void theLogLikelihoodAtThePublishedParametersIsThePublishedOne() {
        double total = PUBLISHED.totalLogLikelihood(CdnowFiles.histories(CdnowFiles.summary()));
        assertEquals(-9582.4, total, 0.1);
    }

    @Test
    void theConditionalExpectationMatchesHardiesSpreadsheet() {
        CustomerHistory history = CustomerHistory.of(2, 30.43, 38.86, ClvTimeUnit.WEEKS);
        assertEquals(1.226, PUBLISHED.conditionalExpectedPurchases(39, history), 0.0005);
    }

    /**
     * mpmath at 30 digits with the rounded published parameters (Hardie's sheet's 0.0532, 0.1506, 1.0437, 1.8576 use
     * the unrounded fit and are checked in {@link BgNbdFitterTest}).
     */
    @ParameterizedTest(name = "E[X({0})] = {1}")
    @CsvSource({"1, 0.053267891171658639", "3, 0.15086523089304623", "32, 1.0452433283744403",
            "78, 1.8605190579427653", "5000, 11.98705307681211"})
    void unconditionalExpectationsMatchIndependentHighPrecisionValues(double t, double reference) {
        assertEquals(reference, PUBLISHED.expectedPurchases(t), 1e-12 * reference);
    }

    @ParameterizedTest(name = "r={0} alpha={1} a={2} b={3} t={4}")
    @CsvSource({
            "0.243, 4.414, 0.793, 2.426, 78",
            "0.243, 4.414, 0.793, 2.426, 5000",
            "0.5, 30, 1.0, 3.0, 365",
            "0.5, 30, 1.000003, 3.0, 365",
            "1.7, 2.0, 2.5, 3.0, 40",
            "40.243, 43.27, 0.793, 42.426, 52"})
    void theClosedFormAgreesWithDirectIntegrationOverTheDropoutProbability(double r, double alpha, double a, double b,
                                                                         double t) {
        BgNbdModel model = new BgNbdModel(r, alpha, a, b);
        double expected = expectedPurchasesByQuadrature(model, t);
        assertEquals(expected, model.expectedPurchases(t), 1e-7 * Math.max(1, expected));
    }

    @Test
    void aLiveCustomersExpectationIsANewCustomersUnderThePosterior() {
        CustomerHistory history = CustomerHistory.of(40, 36.0, 38.86, ClvTimeUnit.WEEKS);
        BgNbdModel posterior = new BgNbdModel(0.243 + 40, 4.414 + 38.86, 0.793, 2.426 + 40);
        double expected = PUBLISHED.probabilityAlive(history) * expectedPurchasesByQuadrature(posterior, 52);
        assertEquals(expected, PUBLISHED.conditionalExpectedPurchases(52, history), 1e-7 * expected);
    }

    @Test
    void probabilityAliveIsOneWithoutRepeatsAndFallsTheLongerACustomerIsQuiet() {
        assertEquals(1.0, PUBLISHED.probabilityAlive(CustomerHistory.of(0, 0, 38.86, ClvTimeUnit.WEEKS)));
        double recent = PUBLISHED.probabilityAlive(CustomerHistory.of(5, 37, 38.86, ClvTimeUnit.WEEKS));
        double quiet = PUBLISHED.probabilityAlive(CustomerHistory.of(5, 10, 38.86, ClvTimeUnit.WEEKS));
        assertTrue(recent > quiet && quiet > 0 && recent < 1, recent + " vs " + quiet);
    }

    @Test
    void extremeHistoriesGiveFiniteNumbers() {
        CustomerHistory frantic = CustomerHistory.of(2000, 1.0, 1000.0, ClvTimeUnit.DAYS);
        assertTrue(Double.isFinite(PUBLISHED.logLikelihood(frantic)));
        assertEquals(0.0, PUBLISHED.probabilityAlive(frantic), 1e-300);
        assertTrue(Double.isFinite(PUBLISHED.conditionalExpectedPurchases(3650, frantic)));
        CustomerHistory busy = CustomerHistory.of(2000, 999.0, 1000.0, ClvTimeUnit.DAYS);
        assertTrue(PUBLISHED.conditionalExpectedPurchases(3650, busy) > 100);
    }

    @Test
    void invalidParametersAndHorizonsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BgNbdModel(0.2, 4, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new BgNbdModel(Double.NaN, 4, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> PUBLISHED.expectedPurchases(-1));
        assertThrows(IllegalArgumentException.class, () -> CustomerHistory.of(1, 5, 4, ClvTimeUnit.WEEKS));
    }
}
