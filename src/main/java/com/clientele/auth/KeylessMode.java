package com.clientele.auth;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keyless development mode: requests without a key act as the {@link Caller#ANONYMOUS} ADMIN. Decided once, when a
 * server starts: only when no API key has ever existed in the store AND the server listens on a loopback HOST. It
 * ends for good as soon as the server sees that a key exists (created through it, or through the CLI or another
 * server), and it never starts again in that process; a store that once had a key never serves anonymous requests.
 */
public final class KeylessMode {

    private static final Logger LOG = LoggerFactory.getLogger(KeylessMode.class);

    private final AtomicBoolean open;

    private KeylessMode(boolean open) {
        this.open = new AtomicBoolean(open);
    }

    /** Never keyless: every request needs a key (the CLI, tests that build a store, a server started with keys). */
    public static KeylessMode off() {
        return new KeylessMode(false);
    }

    /** The start-up decision for a server on {@code host} over a store with these keys, logged with its reason. */
    public static KeylessMode atStartUp(KeyCounts keys, String host) {
        if (keys.active() > 0) {
            LOG.info("API keys configured ({} active): every /graphql request needs Authorization: Bearer <key>",
                    keys.active());
            return off();
        }
        if (keys.keysEverExisted()) {
            LOG.warn("This store has had API keys ({} created) but no API key is active: every /graphql request is"
                    + " refused (401) until one is created with `create-key --role ADMIN --name ops` (docs/api.md,"
                    + " Key lifecycle)", keys.everCreated());
            return off();
        }
        if (!BindPolicy.isLoopback(host)) {
            LOG.warn("No API key has ever existed in this store and HOST {} is not loopback, so there is no keyless"
                    + " mode: every /graphql request is refused (401) until a key is created with `create-key`", host);
            return off();
        }
        LOG.warn("Keyless development mode: no API key has ever existed in this store and HOST {} is loopback, so"
                + " requests without a key act as ADMIN until the first key is created (then they get 401, for good)."
                + " Create one with `create-key --role ADMIN --name ops`", host);
        return new KeylessMode(true);
    }

    /** The decision when the store's keys could not be read at start-up: not keyless, logged. */
    public static KeylessMode unknown() {
        LOG.warn("The API keys could not be read at start-up (is Neo4j reachable?), so there is no keyless mode:"
                + " every /graphql request needs Authorization: Bearer <key>");
        return off();
    }

    /** True while requests without a key act as ADMIN. */
    boolean open() {
        return open.get();
    }

    /** Ends keyless mode for good, once: a key exists now. */
    void end() {
        if (open.compareAndSet(true, false)) {
            LOG.warn("Keyless development mode ended: an API key exists now, so every /graphql request needs"
                    + " Authorization: Bearer <key> (401 without one) from now on");
        }
    }
}
