package com.clientele.clv;

/**
 * Cut-offs from probability alive to {@link ChurnRisk}: at least {@code lowRiskFrom} is LOW, below
 * {@code highRiskBelow} is HIGH, in between MEDIUM. The defaults, 0.7 and 0.3, read as "more likely than not to be
 * buying still, with a margin" and "more likely gone than not, with a margin".
 */
public record ChurnRiskThresholds(double lowRiskFrom, double highRiskBelow) {

    public ChurnRiskThresholds {
        if (!(highRiskBelow > 0 && highRiskBelow <= lowRiskFrom && lowRiskFrom <= 1)) {
            throw new IllegalArgumentException("churn risk cut-offs need 0 < highRiskBelow <= lowRiskFrom <= 1, got "
                    + highRiskBelow + " and " + lowRiskFrom);
        }
    }

    public static ChurnRiskThresholds defaults() {
        return new ChurnRiskThresholds(0.7, 0.3);
    }

    public ChurnRisk classify(double probabilityAlive) {
        if (probabilityAlive >= lowRiskFrom) {
            return ChurnRisk.LOW;
        }
        if (probabilityAlive < highRiskBelow) {
            return ChurnRisk.HIGH;
        }
        return ChurnRisk.MEDIUM;
    }
}
