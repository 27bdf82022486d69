package com.clientele.auth;

/** A key just created, with the token to send as {@code Authorization: Bearer <token>}: shown once, never stored. */
public record CreatedKey(ApiKey key, String token) {
}
