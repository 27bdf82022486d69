package com.clientele.segment;

import com.clientele.graphql.UserErrorCode;
/** Why a segment mutation refused its input; GraphQL enum {@code SegmentErrorCode}. */
public enum SegmentErrorCode implements UserErrorCode { BLANK, TOO_LONG, OUT_OF_RANGE, UNKNOWN_CATEGORY, UNKNOWN_CUSTOMER, NOT_FOUND, FUTURE_DATE,
    CONFLICT }
