package com.clientele.auth;

/**
 * Who sent a request: the id of the API key and its role. Without configured keys every request is the
 * {@link #ANONYMOUS} administrator, which the server allows only on a loopback address.
 */
public record Caller(String keyId, Role role) {

    /** Every request's caller while no API key is configured. */
    public static final Caller ANONYMOUS = new Caller("anonymous", Role.ADMIN);

    /** The key of the GraphQL context under which a request's caller is kept. */
    public static final String CONTEXT_KEY = "clientele.caller";
}
