package com.clientele.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most a fixed number of /graphql requests run at once, so a burst never asks the Neo4j driver for more
 * connections than its pool can hand out; a request that finds no place within the wait is refused with 503 and
 * Retry-After ({@link Overload}) rather than queued until its connection is reset.
 */
public final class ConcurrencyLimit {

    private final Semaphore places;
    private final Duration wait;
    private final long retryAfterSeconds;

    public ConcurrencyLimit(int concurrent, Duration wait, long retryAfterSeconds) {
        this.places = new Semaphore(concurrent, true);
        this.wait = wait;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Runs the work in one of the places, or throws {@link Overload} when none frees up in time. */
    public void run(Runnable work) {
        if (!enter()) {
            throw new Overload("the server is busy: too many requests at once; retry after " + retryAfterSeconds
                    + " s", retryAfterSeconds);
        }
        try {
            work.run();
        } finally {
            places.release();
        }
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private boolean enter() {
        try {
            return places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
