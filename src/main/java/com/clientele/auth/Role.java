package com.clientele.auth;

/**
 * What an API key may do, each role including the ones before it: READER runs queries; INTEGRATOR also writes
 * customers, orders and referrals and asks for recommendation batches; ADMIN may do everything, including strategy
 * edits, refreshes and key management.
 */
public enum Role {
    READER,
    INTEGRATOR,
    ADMIN;

    /** True when this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }
}
