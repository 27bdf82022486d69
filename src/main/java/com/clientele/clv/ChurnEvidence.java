package com.clientele.clv;

/**
 * What a customer's churn risk rests on, stored with the prediction so that a disagreement with the lifecycle class
 * can be explained ({@link ChurnRiskNote}): the basis, the days since their last purchase and their own pace (the
 * expected days between purchases while active, (alpha + T) / (r + x), the inverse of their posterior mean rate).
 */
public record ChurnEvidence(Basis basis, double silenceDays, double paceDays) {

    /** Why P(alive) is what it is. */
    public enum Basis {
        /** The fit is UNIDENTIFIED or at the no-dropout edge: it did not measure dropout, so P(alive) is no signal. */
        DROPOUT_NOT_IDENTIFIED,
        /** BG/NBD and no repeat purchase: the model assumes the customer is active (P(alive) = 1). */
        NEVER_REPEATED_UNDER_BG_NBD,
        /** P(alive) weighs the customer's silence against their own pace. */
        OWN_PACE
    }

    public ChurnEvidence {
        if (basis == null) {
            throw new IllegalArgumentException("churn evidence needs its basis");
        }
        Finite.requireNonNegative(silenceDays, "days since the last purchase");
        Finite.requirePositive(paceDays, "days between purchases");
    }

    static ChurnEvidence of(BgNbdFit fit, CustomerHistory history) {
        BgNbdModel model = fit.model();
        double daysPerUnit = history.unit().daysPerUnit();
        double silence = (history.T() - history.tx()) * daysPerUnit;
        double pace = (model.alpha() + history.T()) / (model.r() + history.x()) * daysPerUnit;
        if (!fit.verdict().dropoutIdentified()) {
            return new ChurnEvidence(Basis.DROPOUT_NOT_IDENTIFIED, silence, pace);
        }
        if (model.variant() == PurchaseModel.BG_NBD && history.x() == 0) {
            return new ChurnEvidence(Basis.NEVER_REPEATED_UNDER_BG_NBD, silence, pace);
        }
        return new ChurnEvidence(Basis.OWN_PACE, silence, pace);
    }
}
