package com.clientele.clv;

import java.util.Collection;
import java.util.Optional;

/**
 * Both CLV models fitted to one set of histories, or the {@link ModelFitException} that stopped the fit. When
 * BG/NBD fits but Gamma-Gamma does not, the purchase fit is kept (it is stored for inspection) next to the failure.
 */
public record ClvFit(Optional<BgNbdFit> purchases, Optional<GammaGammaFit> spend,
                     Optional<ModelFitException> failure) {

    public ClvFit {
        if (failure.isEmpty() == (purchases.isEmpty() || spend.isEmpty())) {
            throw new IllegalArgumentException("a CLV fit has both models, or a failure");
        }
    }

    /** Fits the purchase model (BG/NBD or MBG/NBD), then Gamma-Gamma, on the histories. */
    public static ClvFit of(Collection<CustomerHistory> histories, PurchaseModel variant) {
        BgNbdFit purchases;
        try {
            purchases = new BgNbdFitter(variant).fit(histories);
        } catch (ModelFitException failure) {
            return new ClvFit(Optional.empty(), Optional.empty(), Optional.of(failure));
        }
        try {
            GammaGammaFit spend = new GammaGammaFitter().fit(histories);
            return new ClvFit(Optional.of(purchases), Optional.of(spend), Optional.empty());
        } catch (ModelFitException failure) {
            return new ClvFit(Optional.of(purchases), Optional.empty(), Optional.of(failure));
        }
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** The calculator that scores customers with both models; only for a fit that succeeded. */
    public ClvCalculator calculator(ClvSettings settings) {
        return new ClvCalculator(purchases.orElseThrow(), spend.orElseThrow(), settings);
    }
}
