package com.clientele.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link LeakyBucket} per API key id, kept in memory by this server process: buckets start full at start-up
 * and are not shared between several server processes.
 */
public final class RateLimiter {

    private final int capacity;
    private final int restorePerSecond;
    private final LongSupplier nanoTime;
    private final Map<String, LeakyBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, int restorePerSecond, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.restorePerSecond = restorePerSecond;
        this.nanoTime = nanoTime;
    }

    public ThrottleStatus take(String keyId, long cost) {
        return bucket(keyId).take(cost, nanoTime.getAsLong());
    }

    public ThrottleStatus refund(String keyId, long points) {
        return bucket(keyId).refund(points, nanoTime.getAsLong());
    }

    /** A full bucket's status, reported to callers the rate limit does not apply to. */
    public ThrottleStatus untouched() {
        return new ThrottleStatus(capacity, capacity, restorePerSecond, true, 0);
    }

    private LeakyBucket bucket(String keyId) {
        return buckets.computeIfAbsent(keyId, id -> new LeakyBucket(capacity, restorePerSecond, nanoTime.getAsLong()));
    }
}
