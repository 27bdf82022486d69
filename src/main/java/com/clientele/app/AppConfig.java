package com.clientele.app;

import com.clientele.neo4j.Neo4jConnection;
import com.clientele.neo4j.Neo4jSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the application can be configured with, read from the environment once at start-up.
 * An unset {@code neo4jUri} means: start the embedded Neo4j server in {@code dataDir}.
 */
public record AppConfig(
        String host,
        int port,
        Optional<String> neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        String neo4jDatabase,
        Path dataDir,
        boolean loadSeedData,
        Duration queryTimeout,
        Duration importTimeout,
        Duration apiKeyCache,
        int maxPageSize,
        Optional<Path> segmentationConfig,
        Optional<Path> influenceConfig,
        Optional<Path> clvConfig,
        com.clientele.limits.ApiLimits limits,
        Optional<Path> placesConfig,
        com.clientele.web.HttpLimits http) {

    public static final int DEFAULT_PORT = 8080;

    public AppConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, was " + port);
        }
        if (apiKeyCache.isNegative()) {
            throw new IllegalArgumentException("API_KEY_CACHE_SECONDS must not be negative, was "
                    + apiKeyCache.toSeconds());
        }
        if (importTimeout.isZero() || importTimeout.isNegative()) {
            throw new IllegalArgumentException("IMPORT_TIMEOUT_SECONDS must be positive, was "
                    + importTimeout.toSeconds());
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("MAX_PAGE_SIZE must be at least 1, was " + maxPageSize);
        }
    }

    /** Reads the configuration from the given environment (normally {@code System.getenv()}). */
    public static AppConfig fromEnvironment(Map<String, String> env) {
        return new AppConfig(
                env.getOrDefault("HOST", "127.0.0.1"),
                intValue(env, "PORT", DEFAULT_PORT),
                Optional.ofNullable(blankToNull(env.get("NEO4J_URI"))),
                env.getOrDefault("NEO4J_USER", "neo4j"),
                env.getOrDefault("NEO4J_PASSWORD", ""),
                env.getOrDefault("NEO4J_DATABASE", "neo4j"),
                Path.of(env.getOrDefault("DATA_DIR", "data")),
                Boolean.parseBoolean(env.getOrDefault("SEED_DATA", "true")),
                Duration.ofSeconds(intValue(env, "QUERY_TIMEOUT_SECONDS", 30)),
                Duration.ofSeconds(intValue(env, "IMPORT_TIMEOUT_SECONDS", 600)),
                Duration.ofSeconds(intValue(env, "API_KEY_CACHE_SECONDS", 5)),
                intValue(env, "MAX_PAGE_SIZE", 100),
                Optional.ofNullable(blankToNull(env.get("SEGMENTATION_CONFIG"))).map(Path::of),
                Optional.ofNullable(blankToNull(env.get("INFLUENCE_CONFIG"))).map(Path::of),
                Optional.ofNullable(blankToNull(env.get("CLV_CONFIG"))).map(Path::of),
                com.clientele.limits.ApiLimits.fromEnvironment(env),
                Optional.ofNullable(blankToNull(env.get("PLACES_CONFIG"))).map(Path::of),
                com.clientele.web.HttpLimits.fromEnvironment(env));
    }

    /** A configuration for tests and tools: embedded defaults, the given port and data directory. */
    public static AppConfig defaults(int port, Path dataDir) {
        return fromEnvironment(Map.of("PORT", Integer.toString(port), "DATA_DIR", dataDir.toString()));
    }

    /** The segmentation rules: the merchant's file when SEGMENTATION_CONFIG is set, else the shipped defaults. */
    public com.clientele.segment.SegmentationConfig segmentation() {
        return com.clientele.segment.SegmentationConfig.load(segmentationConfig.orElse(null));
    }

    /** The referral influence settings: the merchant's file when INFLUENCE_CONFIG is set, else the defaults. */
    public com.clientele.referral.InfluenceConfig influence() {
        return influenceConfig.map(com.clientele.referral.InfluenceConfig::load)
                .orElseGet(com.clientele.referral.InfluenceConfig::defaults);
    }

    /** The CLV model settings: the merchant's file when CLV_CONFIG is set, else the defaults (clv.yaml). */
    public com.clientele.clv.ClvConfig clv() {
        return clvConfig.map(com.clientele.clv.ClvConfig::load).orElseGet(com.clientele.clv.ClvConfig::defaults);
    }

    /** The place table regions and cities resolve through: the file PLACES_CONFIG names, else places.csv. */
    public com.clientele.place.PlaceTable places() {
        return placesConfig.map(com.clientele.place.PlaceTable::load)
                .orElseGet(com.clientele.place.PlaceTable::shipped);
    }

    /** Where the graph lives, for {@link Neo4jConnection#open}. */
    public Neo4jSettings neo4j() {
        return new Neo4jSettings(neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir);
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    public AppConfig withNeo4jUri(String uri) {
        return new AppConfig(host, port, Optional.of(uri), neo4jUser, neo4jPassword, neo4jDatabase, dataDir,
                loadSeedData, queryTimeout, importTimeout, apiKeyCache, maxPageSize, segmentationConfig,
                influenceConfig, clvConfig, limits, placesConfig, http);
    }

    public AppConfig withSeedData(boolean load) {
        return new AppConfig(host, port, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir,
                load, queryTimeout, importTimeout, apiKeyCache, maxPageSize, segmentationConfig, influenceConfig,
                clvConfig, limits, placesConfig, http);
    }

    public AppConfig withLimits(com.clientele.limits.ApiLimits changed) {
        return new AppConfig(host, port, neo4jUri, neo4jUser, neo4jPassword, neo4jDatabase, dataDir,
                loadSeedData, queryTimeout, importTimeout, apiKeyCache, maxPageSize, segmentationConfig,
                influenceConfig, clvConfig, changed, placesConfig, http);
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + raw + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
