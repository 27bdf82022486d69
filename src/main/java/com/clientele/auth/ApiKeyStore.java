package com.clientele.auth;

import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;

/**
 * API keys stored as (:ApiKey {id, name, role, hash, createdAt, revokedAt}) nodes: create, revoke, list, look up.
 * Lookups go through a {@link KeyCheckCache}, which a create or revoke through this store clears.
 */
public final class ApiKeyStore {

    private final Graph graph;
    private final Clock clock;
    private final KeyCheckCache checks;

    /** A store that checks every request against the graph (the CLI, tests). */
    public ApiKeyStore(Graph graph, Clock clock) {
        this(graph, clock, KeyCheckCache.none());
    }

    public ApiKeyStore(Graph graph, Clock clock, KeyCheckCache checks) {
        this.graph = graph;
        this.clock = clock;
        this.checks = checks;
    }

    /** Creates a key; the returned token is the only time its secret exists outside the caller. */
    public CreatedKey create(String name, Role role) {
        KeyToken token = KeyToken.random();
        ApiKey key = graph.write("auth/create-key", Map.of("id", token.id(), "name", name, "role", role.name(),
                "hash", token.hash(), "now", OffsetDateTime.now(clock)),
                record -> ApiKey.from(record.get("key"))).get(0);
        checks.clear();
        return new CreatedKey(key, token.toString());
    }

    /** Revokes a key (again: keeps the first revocation time); empty when there is no such key. */
    public Optional<ApiKey> revoke(String id) {
        Optional<ApiKey> revoked = graph.write("auth/revoke-key", Map.of("id", id, "now", OffsetDateTime.now(clock)),
                record -> ApiKey.from(record.get("key"))).stream().findFirst();
        checks.clear();
        return revoked;
    }

    public List<ApiKey> list() {
        return graph.read("auth/list-keys", Map.of(), record -> ApiKey.from(record.get("key")));
    }

    /** True when at least one key is not revoked: then every request must bring one. */
    public boolean hasActiveKeys() {
        return graph.read("auth/active-key-count", Map.of(), record -> record.get("activeKeys").asLong()).get(0) > 0;
    }

    /** Who sends {@code authorization} (the HTTP header, possibly null), or empty when it must be refused. */
    public Optional<Caller> authenticate(String authorization) {
        return checks.outcome(authorization, () -> check(authorization));
    }

    private Optional<Caller> check(String authorization) {
        Optional<KeyToken> token = bearer(authorization).flatMap(KeyToken::parse);
        Record found = graph.read("auth/key-by-id", Map.of("id", token.map(KeyToken::id).orElse("")),
                record -> record).get(0);
        if (authorization == null || authorization.isBlank()) {
            return found.get("activeKeys").asLong() == 0 ? Optional.of(Caller.ANONYMOUS) : Optional.empty();
        }
        if (token.isEmpty() || found.get("key").isNull()) {
            return Optional.empty();
        }
        ApiKey key = ApiKey.from(found.get("key"));
        boolean valid = key.active() && token.get().matches(found.get("key").get("hash").asString(null));
        return valid ? Optional.of(new Caller(key.id(), key.role())) : Optional.empty();
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7));
    }
}
