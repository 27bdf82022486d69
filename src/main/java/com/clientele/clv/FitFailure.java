package com.clientele.clv;

/** Why a CLV model could not be fitted; the code a caller can show or branch on. */
public enum FitFailure {
    /** No customer histories at all. */
    NO_CUSTOMERS,
    /** Fewer customers than the model needs to be estimated meaningfully. */
    TOO_FEW_CUSTOMERS,
    /** Nobody bought twice: dropout and purchase rate cannot be told apart (the model is not identifiable). */
    NO_REPEAT_BUYERS,
    /** The histories are measured in different time units. */
    MIXED_TIME_UNITS,
    /** The optimiser failed, or a parameter ran off to the edge of its range (the maximum is not interior). */
    DID_NOT_CONVERGE,
    /** Gamma-Gamma fitted q &lt;= 1: the population's mean spend is infinite, so no value can be predicted. */
    INFINITE_MEAN_SPEND
}
