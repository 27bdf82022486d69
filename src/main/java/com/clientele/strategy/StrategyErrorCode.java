package com.clientele.strategy;

import com.clientele.graphql.UserErrorCode;
/** Why an edit of a strategy was refused; GraphQL enum {@code StrategyErrorCode}. */
public enum StrategyErrorCode implements UserErrorCode {
    /** The dimension is not one of docs/classes.md. */
    UNKNOWN_DIMENSION,
    /** The class is not a class of the dimension. */
    UNKNOWN_CLASS,
    /** A text, or a line of the actions, is empty. */
    BLANK,
    /** An offer type, channel or contact frequency is not one of the allowed values. */
    INVALID_VALUE,
    /** The priority is not from 1 to 5. */
    OUT_OF_RANGE
}
