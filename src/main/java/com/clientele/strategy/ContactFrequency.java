package com.clientele.strategy;

/** How often a strategy contacts a customer of its class at most. */
public enum ContactFrequency {
    WEEKLY,
    BIWEEKLY,
    MONTHLY,
    QUARTERLY,
    /** Only when the customer does something (a first order, a referral, a complaint). */
    EVENT_TRIGGERED
}
