package com.clientele.clv;

import java.util.Collection;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD purchase model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while alive a
 * customer buys at a Poisson rate λ ~ Gamma(r, alpha), and after each purchase drops out with probability
 * p ~ Beta(a, b). Times (alpha, t, tx, T) are in the unit of the histories the model was fitted on.
 * The likelihood follows Hardie's note in log form, ln A1 + ln A2 + ln(A3 + δ(x&gt;0) A4), the A terms in log space.
 */
public record BgNbdModel(double r, double alpha, double a, double b) {

    private static final double SINGULAR_GAP = 1e-5;
    private static final double LARGE_A = 50;
    private static final double MIN_LOG_PREFACTOR = -600;
    private static final int MAX_SERIES_TERMS = 1_000_000;

    public BgNbdModel {
        Finite.requirePositive(r, "BG/NBD r");
        Finite.requirePositive(alpha, "BG/NBD alpha");
        Finite.requirePositive(a, "BG/NBD a");
        Finite.requirePositive(b, "BG/NBD b");
    }

    public double logLikelihood(CustomerHistory history) {
        return logLikelihood(history.x(), history.tx(), history.T());
    }

    /** ln L(r, alpha, a, b | x, tx, T) of one customer. */
    public double logLikelihood(int x, double tx, double T) {
        double lnA1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double lnA2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double lnA3 = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return lnA1 + lnA2 + lnA3;
        }
        double lnA4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double larger = Math.max(lnA3, lnA4);
        return lnA1 + lnA2 + larger + Math.log(Math.exp(lnA3 - larger) + Math.exp(lnA4 - larger));
    }

    public double totalLogLikelihood(Collection<CustomerHistory> histories) {
        double total = 0.0;
        for (CustomerHistory history : histories) {
            total += logLikelihood(history);
        }
        return Finite.require(total, "BG/NBD log-likelihood");
    }

    /** P(alive | x, tx, T): 1 for a customer without repeat purchases (in BG/NBD nobody drops out before buying again). */
    public double probabilityAlive(CustomerHistory history) {
        if (history.x() == 0) {
            return 1.0;
        }
        int x = history.x();
        double logOdds = Math.log(a) - Math.log(b + x - 1)
                + (r + x) * (Math.log(alpha + history.T()) - Math.log(alpha + history.tx()));
        return Finite.require(1.0 / (1.0 + Math.exp(logOdds)), "probability alive");
    }

    /** E[X(t)]: purchases a new customer makes in (0, t]. */
    public double expectedPurchases(double t) {
        return conditionalExpectedPurchases(t, CustomerHistory.of(0, 0.0, 0.0, ClvTimeUnit.DAYS));
    }

    /** E[Y(t) | x, tx, T]: purchases the customer makes in (T, T + t]. */
    public double conditionalExpectedPurchases(double t, CustomerHistory history) {
        Finite.requireNonNegative(t, "prediction horizon t");
        double ifAlive = nearRemovableSingularity(history.x())
                ? acrossSingularity(t, history)
                : expectedIfAlive(t, history);
        return Finite.require(ifAlive * probabilityAlive(history), "expected purchases");
    }

    /**
     * The expectation is smooth in a and b, but its closed form divides by a − 1 and needs 2F1 with
     * c = a + b + x − 1 off the non-positive integers. Next to those points the moved parameter (a, or the larger of
     * a and b) is set 2e-5 either side of the singular point and the two values interpolated.
     */
    private boolean nearRemovableSingularity(int x) {
        double c = a + b + x - 1;
        return Math.abs(a - 1) < SINGULAR_GAP || Math.rint(c) <= 0 && Math.abs(c - Math.rint(c)) < SINGULAR_GAP;
    }

    private double acrossSingularity(double t, CustomerHistory history) {
        double c = a + b + history.x() - 1;
        boolean moveA = Math.abs(a - 1) < SINGULAR_GAP || a >= b;
        double moved = moveA ? a : b;
        double singularAt = Math.abs(a - 1) < SINGULAR_GAP ? 1.0 : moved - (c - Math.rint(c));
        double low = singularAt - 2 * SINGULAR_GAP;
        double high = singularAt + 2 * SINGULAR_GAP;
        double below = (moveA ? new BgNbdModel(r, alpha, low, b) : new BgNbdModel(r, alpha, a, low))
                .expectedIfAlive(t, history);
        double above = (moveA ? new BgNbdModel(r, alpha, high, b) : new BgNbdModel(r, alpha, a, high))
                .expectedIfAlive(t, history);
        return below + (above - below) * (moved - low) / (high - low);
    }

    /**
     * (a+b+x−1)/(a−1) · [1 − (1−z)^(r+x) 2F1(r+x, b+x; a+b+x−1; z)], z = t/(alpha+T+t). Usually the 2F1 term is
     * rewritten by Euler's transformation as (1−z)^(a−1) 2F1(a+b−1−r, a−1; a+b+x−1; z): the same value without the
     * large (1−z)^−(r+x) factors that overflow for frequent buyers. When a is large (dropout nearly the same for
     * everyone) that form's series needs about a·z terms and overflows, while the direct series converges like
     * (1−z)^−(r+x): then the direct form is summed, as long as its prefactor stays in range.
     */
    private double expectedIfAlive(double t, CustomerHistory history) {
        int x = history.x();
        double z = t / (alpha + history.T() + t);
        double c = a + b + x - 1;
        double logPrefactor = (r + x) * Math.log1p(-z);
        double stillBuying = a > LARGE_A && logPrefactor > MIN_LOG_PREFACTOR
                ? Math.exp(logPrefactor) * directSeries(r + x, b + x, c, z)
                : Math.pow(1 - z, a - 1) * Hypergeometric2F1.value(a + b - 1 - r, a - 1, c, z);
        return c / (a - 1) * (1 - stillBuying);
    }

    /**
     * 2F1(r+x, b+x; c; z) for c − (b+x) = a − 1 &gt; 0 and 0 ≤ z &lt; 1: every term is positive and each later
     * term ratio is below z·max(1, (r+x+n+1)/(n+2)), a geometric bound on the rest of the sum.
     */
    private static double directSeries(double first, double second, double c, double z) {
        double sum = 1.0;
        double term = 1.0;
        for (int n = 0; n < MAX_SERIES_TERMS; n++) {
            term *= (first + n) * (second + n) / ((c + n) * (n + 1.0)) * z;
            sum += term;
            double bound = z * Math.max(1.0, (first + n + 1) / (n + 2.0));
            if (bound < 1 && term * bound / (1 - bound) <= 1e-15 * sum) {
                return sum;
            }
        }
        throw new ArithmeticException("expected purchases: the series in z = " + z + " did not converge");
    }
}
