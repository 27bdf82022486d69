package com.clientele.clv;

/** A fitted Gamma-Gamma spend model with its maximised log-likelihood and the number of repeat buyers it used. */
public record GammaGammaFit(GammaGammaModel model, double logLikelihood, int customers) {

    public GammaGammaFit {
        if (model == null) {
            throw new IllegalArgumentException("a Gamma-Gamma fit needs a model");
        }
        Finite.require(logLikelihood, "Gamma-Gamma log-likelihood");
    }
}
