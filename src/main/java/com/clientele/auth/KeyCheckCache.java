package com.clientele.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Remembers the outcome of checking an {@code Authorization} header for a short time (API_KEY_CACHE_SECONDS), so a
 * burst of requests with the same key costs one key lookup in the graph, not one each. A key created or revoked
 * through this server clears it at once; a key revoked through another server or the CLI is refused by this one
 * at most that long later. A zero duration checks every request.
 */
public final class KeyCheckCache {

    /** Enough for every key of a merchant; a flood of made-up headers only clears it, it never grows beyond this. */
    static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every clear, so a check that raced with a revocation is not remembered. */
    private final AtomicLong generation = new AtomicLong();

    public KeyCheckCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    KeyCheckCache(Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("API_KEY_CACHE_SECONDS must not be negative, was " + ttl.toSeconds());
        }
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** A cache that remembers nothing: every request is checked against the graph. */
    public static KeyCheckCache none() {
        return new KeyCheckCache(Duration.ZERO);
    }

    /** The remembered outcome for {@code authorization} (null: no header), or {@code check}'s, which is remembered. */
    Optional<Caller> outcome(String authorization, Supplier<Optional<Caller>> check) {
        if (ttlNanos == 0) {
            return check.get();
        }
        String key = authorization == null ? "" : authorization;
        long now = nanoTime.getAsLong();
        Entry known = entries.get(key);
        if (known != null && now - known.checkedAt() < ttlNanos) {
            return known.caller();
        }
        long generationBefore = generation.get();
        Optional<Caller> checked = check.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(checked, now));
        if (generation.get() != generationBefore) {
            entries.remove(key);
        }
        return checked;
    }

    /** Forgets every outcome: after a key was created or revoked here. */
    void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private record Entry(Optional<Caller> caller, long checkedAt) {
    }
}
