package com.clientele.clv;

import java.util.Collection;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD purchase model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") or its MBG/NBD
 * variant (Batislam, Denizel &amp; Filiztekin 2007), see {@link PurchaseModel}: while active a customer buys at a
 * Poisson rate λ ~ Gamma(r, alpha) and at each purchase that opens a dropout chance leaves with probability
 * p ~ Beta(a, b). Times (alpha, t, tx, T) are in the unit of the histories the model was fitted on. With k the
 * dropout chances a customer with x repeats has passed (x, or x + 1 for MBG/NBD), the likelihood is Hardie's
 * A1·A2·(A3 + δ(k&gt;0)·A4) in log form, A2 = B(a, b + k) / B(a, b), A4 = a/(b + k − 1)·(alpha + tx)^−(r+x).
 */
public record BgNbdModel(double r, double alpha, double a, double b, PurchaseModel variant) {

    public BgNbdModel {
        Finite.requirePositive(r, "BG/NBD r");
        Finite.requirePositive(alpha, "BG/NBD alpha");
        Finite.requirePositive(a, "BG/NBD a");
        Finite.requirePositive(b, "BG/NBD b");
        if (variant == null) {
            throw new IllegalArgumentException("a purchase model needs its variant (BG_NBD or MBG_NBD)");
        }
    }

    /** The original BG/NBD. */
    public BgNbdModel(double r, double alpha, double a, double b) {
        this(r, alpha, a, b, PurchaseModel.BG_NBD);
    }

    public double logLikelihood(CustomerHistory history) {
        return logLikelihood(history.x(), history.tx(), history.T());
    }

    /** ln L(r, alpha, a, b | x, tx, T) of one customer. */
    public double logLikelihood(int x, double tx, double T) {
        int chances = variant.survivedChances(x);
        double lnA1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double lnA2 = Beta.logBeta(a, b + chances) - Beta.logBeta(a, b);
        double lnA3 = -(r + x) * Math.log(alpha + T);
        if (chances == 0) {
            return lnA1 + lnA2 + lnA3;
        }
        double lnA4 = Math.log(a) - Math.log(b + chances - 1) - (r + x) * Math.log(alpha + tx);
        double larger = Math.max(lnA3, lnA4);
        return lnA1 + lnA2 + larger + Math.log1p(Math.exp(Math.min(lnA3, lnA4) - larger));
    }

    public double totalLogLikelihood(Collection<CustomerHistory> histories) {
        double total = 0.0;
        for (CustomerHistory history : histories) {
            total += logLikelihood(history);
        }
        return Finite.require(total, "BG/NBD log-likelihood");
    }

    /**
     * P(alive | x, tx, T) = 1 / (1 + a/(b + k − 1)·((alpha + T)/(alpha + tx))^(r+x)); 1 when no dropout chance was
     * passed (a BG/NBD customer without repeat purchases).
     */
    public double probabilityAlive(CustomerHistory history) {
        int x = history.x();
        int chances = variant.survivedChances(x);
        if (chances == 0) {
            return 1.0;
        }
        double logOdds = Math.log(a) - Math.log(b + chances - 1)
                + (r + x) * (Math.log(alpha + history.T()) - Math.log(alpha + history.tx()));
        return Finite.require(1.0 / (1.0 + Math.exp(logOdds)), "probability alive");
    }

    /** E[X(t)]: purchases a new customer makes in (0, t] after their first. */
    public double expectedPurchases(double t) {
        return conditionalExpectedPurchases(t, CustomerHistory.of(0, 0.0, 0.0, ClvTimeUnit.DAYS));
    }

    /** E[Y(t) | x, tx, T]: purchases the customer makes in (T, T + t]. */
    public double conditionalExpectedPurchases(double t, CustomerHistory history) {
        return conditionalExpectedPurchases(new double[] {t}, history)[0];
    }

    /**
     * E[Y(t) | x, tx, T] for several horizons in one pass: P(alive) times the purchases of an active customer,
     * whose rate is Gamma(r + x, alpha + T) and dropout Beta(a, b + k) a posteriori ({@link AliveExpectation}).
     */
    public double[] conditionalExpectedPurchases(double[] horizons, CustomerHistory history) {
        double[] relative = new double[horizons.length];
        for (int i = 0; i < horizons.length; i++) {
            relative[i] = Finite.requireNonNegative(horizons[i], "prediction horizon t") / (alpha + history.T());
        }
        int x = history.x();
        double[] whileAlive = new AliveExpectation(a, b + variant.survivedChances(x), r + x).at(relative);
        double alive = probabilityAlive(history);
        double[] expected = new double[horizons.length];
        for (int i = 0; i < horizons.length; i++) {
            expected[i] = Finite.require(alive * whileAlive[i], "expected purchases");
        }
        return expected;
    }
}
