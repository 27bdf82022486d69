package com.clientele.clv;

import java.util.Optional;

/**
 * The result of scoring one customer: a {@link ClvPrediction}, or no prediction with the reason and an explanation
 * (for now only NOT_ENOUGH_HISTORY: the customer is too new for the models to say anything about them).
 */
public record ClvOutcome(Optional<ClvPrediction> prediction, Optional<Reason> reason, String explanation) {

    /** Why a customer has no prediction. */
    public enum Reason {
        NOT_ENOUGH_HISTORY
    }

    public ClvOutcome {
        if (prediction.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("an outcome is either a prediction or a reason, not both or neither");
        }
    }

    public static ClvOutcome predicted(ClvPrediction prediction) {
        return new ClvOutcome(Optional.of(prediction), Optional.empty(), "");
    }

    public static ClvOutcome notPredicted(Reason reason, String explanation) {
        return new ClvOutcome(Optional.empty(), Optional.of(reason), explanation);
    }
}
