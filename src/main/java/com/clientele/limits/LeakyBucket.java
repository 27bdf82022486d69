package com.clientele.limits;

/**
 * One key's leaky bucket of query cost: it holds at most {@code capacity} points and restores
 * {@code restorePerSecond} points a second; a request may run only when its requested cost is available. Unused
 * cost (requested minus actual) is given back after the request, as Shopify does.
 */
final class LeakyBucket {

    private final int capacity;
    private final int restorePerSecond;
    private double available;
    private long lastNanos;

    LeakyBucket(int capacity, int restorePerSecond, long nowNanos) {
        this.capacity = capacity;
        this.restorePerSecond = restorePerSecond;
        this.available = capacity;
        this.lastNanos = nowNanos;
    }

    /** Takes {@code cost} points if available; returns the status after the attempt. */
    synchronized ThrottleStatus take(long cost, long nowNanos) {
        restore(nowNanos);
        boolean allowed = cost <= available;
        if (allowed) {
            available -= cost;
        }
        long retryAfter = allowed ? 0 : (long) Math.ceil((cost - available) / restorePerSecond);
        return new ThrottleStatus(capacity, (long) Math.floor(available), restorePerSecond, allowed,
                Math.max(allowed ? 0 : 1, retryAfter));
    }

    /** Gives back points a request did not use. */
    synchronized ThrottleStatus refund(long points, long nowNanos) {
        restore(nowNanos);
        available = Math.min(capacity, available + Math.max(0, points));
        return new ThrottleStatus(capacity, (long) Math.floor(available), restorePerSecond, true, 0);
    }

    private void restore(long nowNanos) {
        double seconds = (nowNanos - lastNanos) / 1e9;
        available = Math.min(capacity, available + seconds * restorePerSecond);
        lastNanos = nowNanos;
    }
}
