package com.clientele.auth;

import java.util.Optional;

/**
 * What {@link ApiKeyStore#revoke} did: revoked the key (or found it revoked already), found no such key, or refused
 * because it is the last active ADMIN key and the revocation was not forced.
 */
public record Revocation(Optional<ApiKey> key, boolean refusedAsLastAdmin, boolean revokedLastAdmin) {

    static Revocation unknownKey() {
        return new Revocation(Optional.empty(), false, false);
    }

    public boolean unknown() {
        return key.isEmpty();
    }
}
