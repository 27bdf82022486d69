package com.clientele.ingest;

import com.clientele.graphql.UserErrorCode;
/**
 * Why a row (a CSV line or a mutation's input) was refused, as a stable code: the import reports the message, the
 * API returns the code in {@code userErrors} so a client can switch on it.
 */
public enum ProblemCode implements UserErrorCode {
    /** A required value is missing. */
    REQUIRED,
    /** A value is malformed: not a number, date or allowed word, or text with control characters. */
    INVALID_VALUE,
    /** A number or date is outside its documented bound (InputBounds), e.g. a quantity above 1,000,000. */
    OUT_OF_RANGE,
    /** A text is longer than its documented maximum (InputBounds). */
    TOO_LONG,
    /** An order line's quantity is zero or negative. */
    NEGATIVE_QUANTITY,
    /** The customer id is not in the graph. */
    UNKNOWN_CUSTOMER,
    /** The product id is not in the graph. */
    UNKNOWN_PRODUCT,
    /** The category id is not in the graph. */
    UNKNOWN_CATEGORY,
    /** The order id is not in the graph. */
    UNKNOWN_ORDER,
    /** The order was placed before its customer signed up. */
    ORDER_BEFORE_SIGNUP,
    /** A customer would refer themselves. */
    SELF_REFERRAL,
    /** The referral would close a cycle. */
    CYCLE,
    /** The referred customer was already referred by someone else. */
    ALREADY_REFERRED
}
