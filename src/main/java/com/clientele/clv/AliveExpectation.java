package com.clientele.clv;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Beta;

/**
 * The purchases an active customer is expected to make, E_p[(1 − (1 + p·w)^−s) / p] with p ~ Beta(a, B): the
 * closed form of both BG/NBD and MBG/NBD without the hypergeometric function (which needs Gamma-function
 * transformations that overflow for the large a, b and x real fits reach, and has a removable pole at a = 1).
 * Here s = r + x and w = t / (alpha + T) are the customer's posterior purchase-rate shape and horizon, B = b plus
 * the dropout chances passed. The integral is taken in u = logit(p), where the Beta density is log-concave: the two
 * tails (p below e^L or above 1 − e^−R, where the integrand equals its end value to 1e-17) are added in closed form,
 * the rest by 12-point Gauss-Legendre panels no wider than the density's own width over the range where it is within
 * e^−D of its peak. All terms are positive: nothing cancels. One pass serves several horizons.
 */
final class AliveExpectation {

    private static final double EPSILON = 1e-17;
    private static final double BASE_DROP = 45;
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(12, -1, 1);

    private final double a;
    private final double bPosterior;
    private final double shape;
    private final double logBeta;

    AliveExpectation(double a, double bPosterior, double shape) {
        this.a = a;
        this.bPosterior = bPosterior;
        this.shape = shape;
        this.logBeta = Beta.logBeta(a, bPosterior);
    }

    /** The expectation for each w = t / (alpha + T) (each ≥ 0). */
    double[] at(double... horizons) {
        ExpectationWindow window = ExpectationWindow.of(this, horizons);
        double[] sums = new double[horizons.length];
        double leftMass = Math.exp(a * window.leftTail() - Math.log(a) - logBeta);
        double rightMass = Math.exp(-bPosterior * window.rightTail() - Math.log(bPosterior) - logBeta);
        for (int k = 0; k < horizons.length; k++) {
            sums[k] = shape * horizons[k] * leftMass + perPurchaseChance(1.0, horizons[k]) * rightMass;
        }
        int panels = window.panels();
        double width = (window.high() - window.low()) / panels;
        for (int panel = 0; panel < panels; panel++) {
            double centre = window.low() + (panel + 0.5) * width;
            for (int node = 0; node < RULE.getNumberOfPoints(); node++) {
                double u = centre + 0.5 * width * RULE.getPoint(node);
                double weight = 0.5 * width * RULE.getWeight(node) * Math.exp(logDensity(u));
                double p = probability(u);
                for (int k = 0; k < horizons.length; k++) {
                    sums[k] += weight * perPurchaseChance(p, horizons[k]);
                }
            }
        }
        return sums;
    }

    /** ln of the Beta(a, B) density of u = logit(p) (dp = p(1 − p) du). */
    double logDensity(double u) {
        return a * logSigmoid(u) + bPosterior * logSigmoid(-u) - logBeta;
    }

    /** (1 − (1 + p·w)^−s) / p, with its limit s·w as p·w → 0. */
    double perPurchaseChance(double p, double w) {
        double pw = p * w;
        if (pw < 1e-300) {
            return shape * w;
        }
        return -Math.expm1(-shape * Math.log1p(pw)) / p;
    }

    double a() {
        return a;
    }

    double bPosterior() {
        return bPosterior;
    }

    double shape() {
        return shape;
    }

    static double probability(double u) {
        return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
    }

    private static double logSigmoid(double u) {
        return u >= 0 ? -Math.log1p(Math.exp(-u)) : u - Math.log1p(Math.exp(u));
    }

    static double epsilon() {
        return EPSILON;
    }

    static double baseDrop() {
        return BASE_DROP;
    }
}
