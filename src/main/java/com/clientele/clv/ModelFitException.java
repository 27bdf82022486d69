package com.clientele.clv;

/** A CLV model could not be fitted to the given histories; {@link #reason()} says why in a stable code. */
public class ModelFitException extends RuntimeException {

    private final FitFailure reason;

    public ModelFitException(FitFailure reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public FitFailure reason() {
        return reason;
    }
}
