package com.clientele.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and real z < 1, as the BG/NBD expectations
 * need it. For |z| ≤ 0.5 the power series is summed until the remaining tail is below 1e-15 of the sum; for
 * z &gt; 0.5 the linear transformation to 1 − z (Abramowitz &amp; Stegun 15.3.6) is used, and when c − a − b is
 * (nearly) an integer, where that transformation's Gamma factors have poles, the value is interpolated between
 * c − a − b = k ± 1e-5 (relative error below 1e-8, about 3e-9 at z = 1 − 1e-6); for z &lt; −0.5 Pfaff's transformation maps z into (0, 1).
 */
public final class Hypergeometric2F1 {

    private static final double SERIES_RADIUS = 0.5;
    private static final double TOLERANCE = 1e-15;
    private static final int MAX_TERMS = 100_000;
    private static final double INTEGER_GAP = 1e-5;

    private Hypergeometric2F1() {
    }

    public static double value(double a, double b, double c, double z) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("2F1 needs finite arguments");
        }
        if (SignedGamma.isPole(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c + " (a non-positive integer)");
        }
        if (z >= 1) {
            throw new IllegalArgumentException("2F1 is evaluated here only for z < 1, was " + z);
        }
        if (Math.abs(z) <= SERIES_RADIUS || SignedGamma.isPole(a) || SignedGamma.isPole(b)) {
            return series(a, b, c, z);
        }
        if (z < 0) {
            return Math.pow(1 - z, -a) * value(a, c - b, c, z / (z - 1));
        }
        return nearOne(a, b, c, z);
    }

    /** Σ (a)_n (b)_n / ((c)_n n!) z^n; a polynomial when a or b is a non-positive integer. */
    static double series(double a, double b, double c, double z) {
        double sum = 1.0;
        double term = 1.0;
        double settledAfter = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c))) + 2;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            sum += term;
            if (term == 0.0) {
                return requireFinite(sum);
            }
            double tailRatio = Math.max(Math.abs(ratio), Math.abs(z));
            boolean tailSmall = Math.abs(term) * tailRatio / (1 - tailRatio) <= TOLERANCE * Math.abs(sum);
            if (n > settledAfter && tailRatio < 1 && tailSmall) {
                return requireFinite(sum);
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge");
    }

    private static double nearOne(double a, double b, double c, double z) {
        double excess = c - a - b;
        double nearestInteger = Math.rint(excess);
        if (Math.abs(excess - nearestInteger) >= INTEGER_GAP) {
            return transformedToOneMinusZ(a, b, c, z);
        }
        double below = transformedToOneMinusZ(a, b, a + b + nearestInteger - INTEGER_GAP, z);
        double above = transformedToOneMinusZ(a, b, a + b + nearestInteger + INTEGER_GAP, z);
        double position = (excess - (nearestInteger - INTEGER_GAP)) / (2 * INTEGER_GAP);
        return requireFinite(below + (above - below) * position);
    }

    /** A&amp;S 15.3.6: both series are in w = 1 − z &lt; 0.5; c − a − b must not be an integer. */
    private static double transformedToOneMinusZ(double a, double b, double c, double z) {
        double w = 1 - z;
        double excess = c - a - b;
        double first = SignedGamma.ratio(new double[] {c, excess}, new double[] {c - a, c - b})
                * series(a, b, 1 - excess, w);
        double second = SignedGamma.ratio(new double[] {c, -excess}, new double[] {a, b})
                * Math.pow(w, excess) * series(c - a, c - b, 1 + excess, w);
        return requireFinite(first + second);
    }

    private static double requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("2F1 overflowed");
        }
        return value;
    }
}
