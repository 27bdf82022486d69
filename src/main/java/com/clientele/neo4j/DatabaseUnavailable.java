package com.clientele.neo4j;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells a failure that means "the database cannot serve now" (unreachable, session expired, the driver's connection
 * pool exhausted) from a bug. The web layer answers such failures 503 with Retry-After, the GraphQL error handler
 * classifies them SERVICE_UNAVAILABLE; neither ever answers them as an internal error.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** True when the failure or one of its causes says the database cannot serve right now. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                    || isPoolExhausted(cause.getMessage())) {
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
