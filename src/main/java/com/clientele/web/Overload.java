package com.clientele.web;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

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

    /** True when a failure (or one of its causes) says the database cannot serve now, rather than a bug. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Overload || cause instanceof ServiceUnavailableException
                    || cause instanceof SessionExpiredException || isPoolExhausted(cause.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPoolExhausted(String message) {
        return message != null && (message.contains("pending acquisition queue is full")
                || message.contains("Unable to acquire connection from the pool"));
    }
}
