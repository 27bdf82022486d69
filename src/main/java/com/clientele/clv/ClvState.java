package com.clientele.clv;

/**
 * The CLV state stored on each customer ({@code clvState}): PREDICTED with numbers, or why there are none. Besides
 * the states below, a failed fit gives every customer with history its {@link FitFailure} code as the state.
 */
public enum ClvState {
    /** Predictions are stored. */
    PREDICTED,
    /** The first purchase is too recent (see clv.minimumHistoryDays) for the models to say anything. */
    NOT_ENOUGH_HISTORY,
    /** No purchase on or before the calibration end: a prospect, or a customer who first bought later. */
    NO_PURCHASES,
    /** The fitted models gave no finite number for this customer's history. */
    NOT_COMPUTABLE
}
