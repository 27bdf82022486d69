package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Hypergeometric2F1Test {

    private static void assertRelativelyClose(double expected, double actual, double relative) {
        assertEquals(expected, actual, Math.abs(expected) * relative, () -> "expected " + expected + " got " + actual);
    }

    @ParameterizedTest(name = "2F1(1,1;2;{0}) = -ln(1-z)/z")
    @CsvSource({"-0.9", "-0.3", "0.1", "0.5", "0.6", "0.9", "0.99", "0.999999"})
    void theLogarithmCaseMatchesItsClosedFormEvenThoughCMinusAMinusBIsZero(double z) {
        assertRelativelyClose(-Math.log1p(-z) / z, Hypergeometric2F1.value(1, 1, 2, z), 1e-8);
    }

    @ParameterizedTest(name = "2F1(a,b;b;{0}) = (1-z)^-a")
    @CsvSource({"-5.0", "-0.7", "0.2", "0.7", "0.95"})
    void theBinomialCaseMatchesItsClosedForm(double z) {
        assertRelativelyClose(Math.pow(1 - z, -0.37), Hypergeometric2F1.value(0.37, 2.9, 2.9, z), 1e-12);
    }

    @Test
    void theArcsineCaseMatchesItsClosedForm() {
        double x = 0.97;
        assertRelativelyClose(Math.asin(x) / x, Hypergeometric2F1.value(0.5, 0.5, 1.5, x * x), 1e-12);
    }

    /** Reference values from mpmath.hyp2f1 at 30 digits. */
    @ParameterizedTest(name = "2F1({0},{1};{2};{3}) = {4}")
    @CsvSource({
            "0.243, 2.426, 2.219, 0.3, 1.1005185330854730311",
            "0.243, 2.426, 2.219, 0.95, 2.4461866770309916718",
            "0.243, 2.426, 2.219, 0.9464411386414929, 2.3900055962688612307",
            "1.5, 2.5, 5, 0.9, 3.2605368922819773861",
            "2, 3, 4, 0.97, 86.417208152405114286",
            "1, 1, 2, 0.999, 6.9146699489310672373",
            "2.5, 4.2, 1.3, -3.0, -0.0025895457809886556897",
            "3.7, 0.6, -1.4, 0.8, 183843.03570506029665",
            "12.243, 14.426, 14.219, 0.75, 30587532.609902920846"})
    void matchesIndependentHighPrecisionValues(double a, double b, double c, double z, double expected) {
        assertRelativelyClose(expected, Hypergeometric2F1.value(a, b, c, z), 1e-9);
    }

    @Test
    void eulersTransformationGivesTheSameValueFromDifferentParameters() {
        double a = 0.243;
        double b = 2.426;
        double c = 2.219;
        for (double z : new double[] {0.1, 0.49, 0.51, 0.8, 0.99}) {
            double euler = Math.pow(1 - z, c - a - b) * Hypergeometric2F1.value(c - a, c - b, c, z);
            assertRelativelyClose(Hypergeometric2F1.value(a, b, c, z), euler, 1e-10);
        }
    }

    @Test
    void aPolynomialCaseIsSummedExactly() {
        double z = 0.9;
        assertRelativelyClose(1 - 0.75 * z, Hypergeometric2F1.value(-1, 3, 4, z), 1e-14);
    }

    @Test
    void argumentsOutsideItsDomainAreRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(Double.NaN, 1, 2, 0.5));
    }
}
