package com.clientele.clv;

/**
 * A fitted BG/NBD (or MBG/NBD) model: its parameters, the maximised log-likelihood, how many customers (and repeat
 * buyers) it was fitted on, the time unit its alpha and every prediction horizon are measured in, and the
 * {@link FitVerdict} on whether the data identify the parameters.
 */
public record BgNbdFit(BgNbdModel model, double logLikelihood, int customers, int repeatBuyers, ClvTimeUnit unit,
                       FitVerdict verdict) {

    public BgNbdFit {
        if (model == null || unit == null || verdict == null) {
            throw new IllegalArgumentException("a BG/NBD fit needs a model, a time unit and a verdict");
        }
        Finite.require(logLikelihood, "BG/NBD log-likelihood");
    }
}
