package com.clientele.apikey;

import com.clientele.graphql.UserErrorCode;

/** Why an API-key mutation refused its input; GraphQL enum {@code ApiKeyErrorCode}. */
public enum ApiKeyErrorCode implements UserErrorCode {
    /** createApiKey: the name is empty or too long. */
    REQUIRED,
    /** revokeApiKey: no key has this id. */
    INVALID_VALUE,
    /** revokeApiKey: the key is the last active ADMIN key and the revocation was not forced. */
    LAST_ADMIN_KEY
}
