package com.clientele.web;

import java.time.Duration;
import java.util.Map;

/**
 * How the HTTP server treats slow and bursty clients, read from the environment (defaults in README.md): idle and
 * header timeouts, the minimum rate a request body must arrive at, the listen backlog, the Jetty worker threads,
 * and how many /graphql requests run at once (more wait up to {@code queueWait}, then get 503 with Retry-After).
 */
public record HttpLimits(Duration idleTimeout, Duration headerTimeout, long minRequestBytesPerSecond,
        int acceptQueue, int maxThreads, int maxConcurrentRequests, Duration queueWait, long retryAfterSeconds) {

    public HttpLimits {
        if (maxThreads < 8 || maxConcurrentRequests < 1 || acceptQueue < 1) {
            throw new IllegalArgumentException("HTTP_MAX_THREADS must be at least 8, HTTP_MAX_CONCURRENT_REQUESTS"
                    + " and HTTP_ACCEPT_QUEUE at least 1");
        }
        if (idleTimeout.isNegative() || headerTimeout.isNegative() || queueWait.isNegative()
                || minRequestBytesPerSecond < 0 || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("HTTP timeouts and rates must not be negative, HTTP_RETRY_AFTER_SECONDS"
                    + " at least 1");
        }
    }

    public static HttpLimits fromEnvironment(Map<String, String> env) {
        return new HttpLimits(
                Duration.ofSeconds(number(env, "HTTP_IDLE_TIMEOUT_SECONDS", 30)),
                Duration.ofSeconds(number(env, "HTTP_HEADER_TIMEOUT_SECONDS", 10)),
                number(env, "HTTP_MIN_REQUEST_BYTES_PER_SECOND", 1024),
                (int) number(env, "HTTP_ACCEPT_QUEUE", 1024),
                (int) number(env, "HTTP_MAX_THREADS", 200),
                (int) number(env, "HTTP_MAX_CONCURRENT_REQUESTS", 32),
                Duration.ofMillis(number(env, "HTTP_QUEUE_WAIT_MILLIS", 5000)),
                number(env, "HTTP_RETRY_AFTER_SECONDS", 1));
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + raw + "'");
        }
    }
}
