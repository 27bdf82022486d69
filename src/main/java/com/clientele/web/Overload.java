package com.clientele.web;

import com.clientele.neo4j.DatabaseUnavailable;

/**
 * The server cannot take a request right now (too many at once, the Neo4j connection pool exhausted or the
 * database unreachable): answered 503 SERVICE_UNAVAILABLE with Retry-After, never 500.
 */
public final class Overload extends RuntimeException {

    private final long retryAfterSeconds;

    public Overload(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** True when a failure is an overload here or says the database cannot serve now, rather than a bug. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof Overload) {
                return true;
            }
        }
        return DatabaseUnavailable.causes(failure);
    }
}
