package com.clientele.segment;

/** Why a segment mutation refused its input; GraphQL enum {@code SegmentErrorCode}. */
public enum SegmentErrorCode { BLANK, TOO_LONG, OUT_OF_RANGE, UNKNOWN_CATEGORY, UNKNOWN_CUSTOMER, NOT_FOUND, FUTURE_DATE,
    CONFLICT }
