package com.clientele.clv;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma function on the whole real line as sign and log-magnitude, so that ratios of Gamma functions with large
 * or negative arguments can be formed without overflow. Non-positive integers are poles: {@link #isPole(double)}.
 */
final class SignedGamma {

    private SignedGamma() {
    }

    static boolean isPole(double x) {
        return x <= 0 && x == Math.rint(x);
    }

    /** ln|Γ(x)| for x not a pole; negative x by the reflection formula Γ(x)Γ(1−x) = π / sin(πx). */
    static double logAbs(double x) {
        if (x > 0) {
            return Gamma.logGamma(x);
        }
        return Math.log(Math.PI) - Math.log(absSinPi(x)) - Gamma.logGamma(1 - x);
    }

    /** |sin(πx)| from x's distance to the nearest integer, exact near the poles where π·x would lose digits. */
    private static double absSinPi(double x) {
        double distance = x - Math.rint(x);
        return Math.abs(Math.sin(Math.PI * distance));
    }

    /** The sign of Γ(x) for x not a pole: positive for x > 0, alternating between the negative poles. */
    static int sign(double x) {
        if (x > 0) {
            return 1;
        }
        return ((long) Math.ceil(-x)) % 2 == 0 ? 1 : -1;
    }

    /**
     * Π Γ(numerator) / Π Γ(denominator). A pole in the denominator makes the ratio 0 (1/Γ is entire);
     * a pole in the numerator is the caller's error.
     */
    static double ratio(double[] numerator, double[] denominator) {
        for (double x : denominator) {
            if (isPole(x)) {
                return 0.0;
            }
        }
        double logMagnitude = 0.0;
        int sign = 1;
        for (double x : numerator) {
            if (isPole(x)) {
                throw new ArithmeticException("Gamma function pole at " + x);
            }
            logMagnitude += logAbs(x);
            sign *= sign(x);
        }
        for (double x : denominator) {
            logMagnitude -= logAbs(x);
            sign *= sign(x);
        }
        return sign * Math.exp(logMagnitude);
    }
}
