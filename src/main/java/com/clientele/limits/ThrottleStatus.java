package com.clientele.limits;

/**
 * The state of a key's bucket as reported in {@code extensions.cost.throttleStatus}: its size, the points available
 * now and the points restored per second; {@code allowed} and {@code retryAfterSeconds} say whether the request
 * may run and, if not, when it could.
 */
public record ThrottleStatus(long maximumAvailable, long currentlyAvailable, long restoreRate, boolean allowed,
        long retryAfterSeconds) {
}
