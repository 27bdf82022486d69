package com.clientele.strategy;

/** The channel a strategy reaches its class through. */
public enum ContactChannel {
    EMAIL,
    SMS,
    APP_PUSH,
    /** A message on the merchant's social or messaging account (e.g. WeChat), one to one. */
    SOCIAL_MESSAGE,
    /** Paid social and search advertising, for people who are not customers yet. */
    SOCIAL_ADS,
    /** A phone call or a visit by a named account manager. */
    PERSONAL_CALL,
    /** In the shop, by the staff at the till or an in-store event. */
    IN_STORE
}
