package com.clientele.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the repeat buyers, prepared for the optimiser: ln(mean spend) is taken once,
 * and in each evaluation the Gamma-function terms are computed once per distinct x, so a buyer costs one log.
 * It is {@link GammaGammaModel#logLikelihood(int, double)} summed over the buyers.
 */
final class GammaGammaLikelihood {

    private final double[] repeats;
    private final int[] buyerRepeats;
    private final double[] meanSpend;
    private final double[] logMeanSpend;

    /** The repeat buyers, each with x &gt; 0 and a positive mean repeat spend. */
    GammaGammaLikelihood(List<CustomerHistory> buyers) {
        Map<Integer, Integer> repeatIndex = new HashMap<>();
        buyerRepeats = new int[buyers.size()];
        meanSpend = new double[buyers.size()];
        logMeanSpend = new double[buyers.size()];
        for (int i = 0; i < buyers.size(); i++) {
            CustomerHistory buyer = buyers.get(i);
            buyerRepeats[i] = repeatIndex.computeIfAbsent(buyer.x(), number -> repeatIndex.size());
            meanSpend[i] = buyer.meanRepeatSpend().orElseThrow();
            logMeanSpend[i] = Math.log(meanSpend[i]);
        }
        repeats = new double[repeatIndex.size()];
        repeatIndex.forEach((x, index) -> repeats[index] = x);
    }

    double at(double p, double q, double gamma) {
        double[] constantPart = new double[repeats.length];
        double common = -Gamma.logGamma(q) + q * Math.log(gamma);
        for (int i = 0; i < repeats.length; i++) {
            double px = p * repeats[i];
            constantPart[i] = common + Gamma.logGamma(px + q) - Gamma.logGamma(px) + px * Math.log(repeats[i]);
        }
        double total = 0.0;
        for (int buyer = 0; buyer < meanSpend.length; buyer++) {
            int k = buyerRepeats[buyer];
            double px = p * repeats[k];
            total += constantPart[k] + (px - 1) * logMeanSpend[buyer]
                    - (px + q) * Math.log(repeats[k] * meanSpend[buyer] + gamma);
        }
        return total;
    }
}
