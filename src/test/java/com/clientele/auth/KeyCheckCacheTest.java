package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class KeyCheckCacheTest {

    private static final Optional<Caller> READER = Optional.of(new Caller("abc", Role.READER));

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger checks = new AtomicInteger();
    private final KeyCheckCache cache = new KeyCheckCache(Duration.ofSeconds(5), now::get);

    private Supplier<Optional<Caller>> counted(Optional<Caller> outcome) {
        return () -> {
            checks.incrementAndGet();
            return outcome;
        };
    }

    @Test
    void anOutcomeIsRememberedForTheCacheTimeAndCheckedAgainAfterIt() {
        assertEquals(READER, cache.outcome("Bearer k", counted(READER)));
        now.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertEquals(READER, cache.outcome("Bearer k", counted(Optional.empty())));
        assertEquals(1, checks.get());
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(Optional.empty(), cache.outcome("Bearer k", counted(Optional.empty())));
        assertEquals(2, checks.get());
    }

    @Test
    void differentHeadersAndAMissingHeaderAreCheckedSeparately() {
        cache.outcome("Bearer k", counted(READER));
        assertEquals(Optional.empty(), cache.outcome("Bearer other", counted(Optional.empty())));
        assertEquals(Optional.of(Caller.ANONYMOUS), cache.outcome(null, counted(Optional.of(Caller.ANONYMOUS))));
        assertEquals(3, checks.get());
    }

    @Test
    void clearingForgetsEveryOutcome() {
        cache.outcome("Bearer k", counted(READER));
        cache.clear();
        assertEquals(Optional.empty(), cache.outcome("Bearer k", counted(Optional.empty())));
        assertEquals(2, checks.get());
    }

    @Test
    void aCheckThatRacedWithAClearIsNotRemembered() {
        cache.outcome("Bearer k", () -> {
            cache.clear();
            return READER;
        });
        assertEquals(Optional.empty(), cache.outcome("Bearer k", counted(Optional.empty())));
        assertEquals(1, checks.get());
    }

    @Test
    void aZeroCacheTimeChecksEveryRequest() {
        KeyCheckCache none = KeyCheckCache.none();
        none.outcome("Bearer k", counted(READER));
        none.outcome("Bearer k", counted(READER));
        assertEquals(2, checks.get());
    }

    @Test
    void aFloodOfMadeUpHeadersNeverGrowsTheCacheBeyondItsBound() {
        for (int i = 0; i < KeyCheckCache.MAX_ENTRIES * 3; i++) {
            cache.outcome("Bearer made-up-" + i, counted(Optional.empty()));
        }
        assertTrue(cache.size() <= KeyCheckCache.MAX_ENTRIES, "size " + cache.size());
    }

    @Test
    void aNegativeCacheTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KeyCheckCache(Duration.ofSeconds(-1)));
    }
}
