package com.clientele.auth;

import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * API keys stored as (:ApiKey {id, name, role, hash, createdAt, revokedAt}) nodes: create, revoke, list, look up.
 * A revoked key is kept, never deleted, so the store remembers that keys have existed. Lookups go through a
 * {@link KeyCheckCache}, which a create or revoke through this store clears. Requests without a key are anonymous
 * ADMIN only while the server's {@link KeylessMode} is open.
 */
public final class ApiKeyStore {

    private final Graph graph;
    private final Clock clock;
    private final KeyCheckCache checks;
    private final KeylessMode keyless;

    /** A store that checks every request against the graph and is never keyless (the CLI, tests). */
    public ApiKeyStore(Graph graph, Clock clock) {
        this(graph, clock, KeyCheckCache.none(), KeylessMode.off());
    }

    public ApiKeyStore(Graph graph, Clock clock, KeyCheckCache checks, KeylessMode keyless) {
        this.graph = graph;
        this.clock = clock;
        this.checks = checks;
        this.keyless = keyless;
    }

    /**
     * The store of a server on {@code host}: keyless or not is decided here, once, and logged. When the keys cannot
     * be read (Neo4j unreachable at start-up) the server is never keyless: it starts, and every request needs a key.
     */
    public static ApiKeyStore forServer(Graph graph, Clock clock, KeyCheckCache checks, String host) {
        Optional<KeyCounts> counts = readCounts(new ApiKeyStore(graph, clock));
        KeylessMode keyless = counts.map(known -> KeylessMode.atStartUp(known, host)).orElseGet(KeylessMode::unknown);
        return new ApiKeyStore(graph, clock, checks, keyless);
    }

    private static Optional<KeyCounts> readCounts(ApiKeyStore store) {
        try {
            return Optional.of(store.counts());
        } catch (Neo4jException unreachable) {
            return Optional.empty();
        }
    }

    /** Creates a key; the returned token is the only time its secret exists outside the caller. */
    public CreatedKey create(String name, Role role) {
        KeyToken token = KeyToken.random();
        ApiKey key = graph.write("auth/create-key", Map.of("id", token.id(), "name", name, "role", role.name(),
                "hash", token.hash(), "now", OffsetDateTime.now(clock)),
                record -> ApiKey.from(record.get("key"))).get(0);
        keyless.end();
        checks.clear();
        return new CreatedKey(key, token.toString());
    }

    /** Revokes a key unless it is the last active ADMIN key (see {@link #revoke(String, boolean)}). */
    public Revocation revoke(String id) {
        return revoke(id, false);
    }

    /**
     * Revokes a key (again: keeps the first revocation time). The last active ADMIN key is revoked only when
     * {@code force} is true: otherwise nothing changes and the answer says so.
     */
    public Revocation revoke(String id, boolean force) {
        Optional<Record> found = graph.write("auth/revoke-key", Map.of("id", id, "force", force,
                "now", OffsetDateTime.now(clock)), record -> record).stream().findFirst();
        checks.clear();
        if (found.isEmpty()) {
            return Revocation.unknownKey();
        }
        boolean lastAdmin = found.get().get("lastAdmin").asBoolean();
        ApiKey key = ApiKey.from(found.get().get("key"));
        return new Revocation(Optional.of(key), lastAdmin && !force, lastAdmin && force);
    }

    public List<ApiKey> list() {
        return graph.read("auth/list-keys", Map.of(), record -> ApiKey.from(record.get("key")));
    }

    /** How many keys were ever created and how many are active. */
    public KeyCounts counts() {
        return graph.read("auth/key-counts", Map.of(), record -> new KeyCounts(record.get("everCreated").asLong(),
                record.get("active").asLong())).get(0);
    }

    /** Who sends {@code authorization} (the HTTP header, possibly null), or empty when it must be refused. */
    public Optional<Caller> authenticate(String authorization) {
        return checks.outcome(authorization, () -> check(authorization));
    }

    private Optional<Caller> check(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return anonymous();
        }
        Optional<KeyToken> token = bearer(authorization).flatMap(KeyToken::parse);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Record found = graph.read("auth/key-by-id", Map.of("id", token.get().id()), record -> record).get(0);
        if (found.get("key").isNull()) {
            return Optional.empty();
        }
        ApiKey key = ApiKey.from(found.get("key"));
        boolean valid = key.active() && token.get().matches(found.get("key").get("hash").asString(null));
        return valid ? Optional.of(new Caller(key.id(), key.role())) : Optional.empty();
    }

    /** The anonymous ADMIN while keyless mode is open and no key has been created since; else refused. */
    private Optional<Caller> anonymous() {
        if (!keyless.open()) {
            return Optional.empty();
        }
        if (counts().keysEverExisted()) {
            keyless.end();
            return Optional.empty();
        }
        return Optional.of(Caller.ANONYMOUS);
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7));
    }
}
