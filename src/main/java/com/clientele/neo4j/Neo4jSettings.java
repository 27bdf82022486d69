package com.clientele.neo4j;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the graph lives: an external server at {@code uri} (with {@code user} and {@code password}, none when the
 * password is empty), or, when {@code uri} is empty, an embedded server started in {@code dataDir}.
 */
public record Neo4jSettings(Optional<String> uri, String user, String password, String database, Path dataDir) {
}
