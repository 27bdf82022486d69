package com.clientele.clv;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Customer histories drawn from the MBG/NBD story with a fixed seed, in weeks: rate λ ~ Gamma(r, 1/alpha), dropout
 * p ~ Beta(a, b) tried after each purchase (the first included) with probability {@code dropoutShare}, otherwise
 * never; first purchases spread uniformly over the first half of a {@code weeks}-long window ending at the
 * calibration end. {@code dropoutShare} 0 gives customers who never drop out.
 */
final class SimulatedBuyers {

    private SimulatedBuyers() {
    }

    static List<CustomerHistory> histories(int customers, double r, double alpha, double oneTimeDropout,
                                           double a, double b, double weeks, long seed) {
        RandomGenerator random = new Well19937c(seed);
        GammaDistribution rates = new GammaDistribution(random, r, 1 / alpha);
        BetaDistribution dropouts = new BetaDistribution(random, a, b);
        List<CustomerHistory> histories = new ArrayList<>();
        for (int customer = 0; customer < customers; customer++) {
            double age = weeks * (0.5 + 0.5 * random.nextDouble());
            double rate = rates.sample();
            double dropout = oneTimeDropout > 0 ? dropouts.sample() : 0;
            boolean leavesAtOnce = oneTimeDropout > 0 && random.nextDouble() < oneTimeDropout;
            histories.add(simulate(random, age, rate, dropout, leavesAtOnce));
        }
        return histories;
    }

    private static CustomerHistory simulate(RandomGenerator random, double age, double rate, double dropout,
                                            boolean leavesAtOnce) {
        int repeats = 0;
        double last = 0;
        double now = 0;
        boolean active = !leavesAtOnce && random.nextDouble() >= dropout;
        while (active && rate > 0) {
            now += -Math.log(1 - random.nextDouble()) / rate;
            if (now > age) {
                break;
            }
            repeats++;
            last = now;
            active = random.nextDouble() >= dropout;
        }
        return CustomerHistory.of(repeats, last, age, ClvTimeUnit.WEEKS);
    }
}
