package com.clientele.clv;

/**
 * A fitted BG/NBD model: its parameters, the maximised log-likelihood, how many customers (and repeat buyers) it was
 * fitted on, and the time unit its alpha and every prediction horizon are measured in.
 */
public record BgNbdFit(BgNbdModel model, double logLikelihood, int customers, int repeatBuyers, ClvTimeUnit unit) {

    public BgNbdFit {
        if (model == null || unit == null) {
            throw new IllegalArgumentException("a BG/NBD fit needs a model and a time unit");
        }
        Finite.require(logLikelihood, "BG/NBD log-likelihood");
    }
}
