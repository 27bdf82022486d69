package com.clientele.auth;

/**
 * Who sent a request: the id of the API key and its role. In keyless development mode ({@link KeylessMode}: a store
 * that never had a key, a loopback HOST) a request without a key is the {@link #ANONYMOUS} administrator.
 */
public record Caller(String keyId, Role role) {

    /** The caller of a request without a key while the server is in keyless development mode. */
    public static final Caller ANONYMOUS = new Caller("anonymous", Role.ADMIN);

    /** The key of the GraphQL context under which a request's caller is kept. */
    public static final String CONTEXT_KEY = "clientele.caller";
}
