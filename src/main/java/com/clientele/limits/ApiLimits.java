package com.clientele.limits;

import java.util.Map;

/**
 * The API's limits against expensive and hostile requests, read from the environment once (docs/api.md lists them):
 * query depth, query cost, fields and aliases per request, request body size, the per-key leaky bucket, whether
 * introspection is allowed and whether READER keys see personal fields.
 */
public record ApiLimits(
        int maxQueryDepth,
        int maxQueryCost,
        int maxFields,
        int maxAliases,
        long maxRequestBytes,
        int rateLimitBucket,
        int rateLimitRestorePerSecond,
        boolean introspection,
        boolean hidePersonalDataFromReaders) {

    public ApiLimits {
        for (int limit : new int[] {maxQueryDepth, maxQueryCost, maxFields, maxAliases, rateLimitBucket,
                rateLimitRestorePerSecond}) {
            if (limit < 1) {
                throw new IllegalArgumentException("every API limit must be at least 1: " + limitsText());
            }
        }
        if (maxRequestBytes < 1_000) {
            throw new IllegalArgumentException("MAX_REQUEST_BYTES must be at least 1000, was " + maxRequestBytes);
        }
    }

    private static String limitsText() {
        return "MAX_QUERY_DEPTH, MAX_QUERY_COST, MAX_FIELDS, MAX_ALIASES, RATE_LIMIT_BUCKET, RATE_LIMIT_RESTORE";
    }

    /** The limits from the environment, each falling back to its default. */
    public static ApiLimits fromEnvironment(Map<String, String> env) {
        return new ApiLimits(
                orDefault(env, "MAX_QUERY_DEPTH", 15),
                orDefault(env, "MAX_QUERY_COST", 50_000),
                orDefault(env, "MAX_FIELDS", 2_000),
                orDefault(env, "MAX_ALIASES", 100),
                orDefault(env, "MAX_REQUEST_BYTES", 1_000_000),
                orDefault(env, "RATE_LIMIT_BUCKET", 100_000),
                orDefault(env, "RATE_LIMIT_RESTORE", 5_000),
                Boolean.parseBoolean(env.getOrDefault("INTROSPECTION", "true").trim()),
                Boolean.parseBoolean(env.getOrDefault("HIDE_PERSONAL_DATA_FROM_READERS", "true").trim()));
    }

    private static int orDefault(Map<String, String> env, String name, int fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + raw + "'");
        }
    }
}
