package com.clientele.clv;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves"; Hardie's note 025):
 * each transaction's value is Gamma(p, ν) with the customer's ν ~ Gamma(q, gamma), independent of the purchase
 * process. It predicts a customer's expected average transaction value from their number of repeat purchases and
 * the mean of those purchases, shrinking it towards the population mean p·gamma/(q − 1).
 */
public record GammaGammaModel(double p, double q, double gamma) {

    public GammaGammaModel {
        Finite.requirePositive(p, "Gamma-Gamma p");
        Finite.requirePositive(q, "Gamma-Gamma q");
        Finite.requirePositive(gamma, "Gamma-Gamma gamma");
    }

    /** ln f(meanSpend | p, q, gamma, x) of one repeat buyer (x &gt; 0, meanSpend &gt; 0). */
    public double logLikelihood(int x, double meanSpend) {
        if (x <= 0 || !(meanSpend > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma likelihood needs x > 0 and a positive mean spend");
        }
        double px = p * x;
        return Gamma.logGamma(px + q)
                - Gamma.logGamma(px)
                - Gamma.logGamma(q)
                + q * Math.log(gamma) + (px - 1) * Math.log(meanSpend) + px * Math.log(x)
                - (px + q) * Math.log(x * meanSpend + gamma);
    }

    /** The mean transaction value over all customers, p·gamma/(q − 1); it exists only for q &gt; 1. */
    public double populationMeanSpend() {
        if (q <= 1) {
            throw new ArithmeticException("Gamma-Gamma with q = " + q + " <= 1 has no finite mean spend");
        }
        return p * gamma / (q - 1);
    }

    /** E[M | x, meanSpend] = p(gamma + x·meanSpend)/(p·x + q − 1); for x = 0 the population mean. */
    public double conditionalExpectedAverageValue(int x, double meanSpend) {
        if (x < 0 || !Double.isFinite(meanSpend) || meanSpend < 0) {
            throw new IllegalArgumentException("need x >= 0 and a finite mean spend >= 0, got x=" + x
                    + ", mean spend=" + meanSpend);
        }
        if (x == 0) {
            return populationMeanSpend();
        }
        double denominator = p * x + q - 1;
        if (denominator <= 0) {
            throw new ArithmeticException("Gamma-Gamma expectation undefined: p·x + q − 1 = " + denominator);
        }
        return Finite.require(p * (gamma + x * meanSpend) / denominator, "expected average value");
    }

    /** The expectation for a history; a repeat buyer must carry their mean repeat spend. */
    public double conditionalExpectedAverageValue(CustomerHistory history) {
        if (history.x() == 0) {
            return populationMeanSpend();
        }
        double meanSpend = history.meanRepeatSpend().orElseThrow(() -> new IllegalArgumentException(
                "a repeat buyer's history needs their mean repeat spend for a value prediction"));
        return conditionalExpectedAverageValue(history.x(), meanSpend);
    }
}
