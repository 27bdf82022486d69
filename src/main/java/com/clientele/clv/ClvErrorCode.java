package com.clientele.clv;

import com.clientele.graphql.UserErrorCode;

/** Why a CLV mutation refused its input; GraphQL enum {@code ClvErrorCode}. */
public enum ClvErrorCode implements UserErrorCode {
    /** {@code calibrationEnd} is after today. */
    FUTURE_DATE
}
