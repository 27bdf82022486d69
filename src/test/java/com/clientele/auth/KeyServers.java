package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.app.AppConfig;
import com.clientele.cli.CreateKeyCommand;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Servers, requests and log checks of the key lifecycle tests; every server runs over the shared test Neo4j. */
final class KeyServers {

    static final String COUNT = "{ customers { totalCount } }";
    static final String KEYS = "{ apiKeys { id role active } }";

    private KeyServers() {
    }

    /** True when a line logged at {@code level} contains {@code text}. */
    static boolean logged(CapturedLog log, String level, String text) {
        return log.text().lines().anyMatch(line -> line.contains(" " + level + " ") && line.contains(text));
    }

    /** Runs {@code create-key} against the test store as an operator would, and returns the printed token. */
    static String createKeyCommand(String... args) {
        CreateKeyCommand command = new CreateKeyCommand();
        new CommandLine(command).parseArgs(args);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = command.run(Map.of("NEO4J_URI", TestNeo4j.get().boltUri(), "DATA_DIR", "target/unused"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        String output = printed.toString(StandardCharsets.UTF_8);
        return output.substring(output.indexOf("Bearer ") + 7).trim();
    }

    static JsonNode revoke(ApiServer server, CreatedKey caller, String id, String more) {
        return server.graphql("mutation($id: ID!) { revokeApiKey(input: {id: $id" + more + "})"
                + " { apiKey { id active } userErrors { code } } }", Map.of("id", id), bearer(caller));
    }

    static ApiServer server(String host, String cacheSeconds) {
        return ApiServer.start(AppConfig.fromEnvironment(Map.of("PORT", "0", "DATA_DIR", "target/unused",
                "HOST", host, "API_KEY_CACHE_SECONDS", cacheSeconds)));
    }

    static Map<String, String> bearer(CreatedKey key) {
        return Map.of("Authorization", "Bearer " + key.token());
    }

    static int status(ApiServer server, String query, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return server.post(ApiServer.write(Map.of("query", query)), all).statusCode();
    }
}
