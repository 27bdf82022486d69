package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * graphql-http's auditServer run through Node from src/test/node (installed with {@code npm ci} from its lock file
 * on first use). Without Node the calling test is skipped with a message, except under CI=true where it fails.
 */
final class NodeAudit {

    private static final Path DIRECTORY = Path.of("src/test/node");

    private NodeAudit() {
    }

    /** Skips (or under CI fails) when Node is missing; installs the audit's packages when they are not yet there. */
    static void prepare() {
        if (run(List.of("node", "--version")).isEmpty()) {
            String message = "Node.js (node, npm) is not on the PATH: the GraphQL-over-HTTP audit cannot run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        if (!Files.exists(DIRECTORY.resolve("node_modules/graphql-http/package.json"))) {
            List<String> installed = run(List.of("npm", "ci", "--no-audit", "--no-fund"));
            if (!Files.exists(DIRECTORY.resolve("node_modules/graphql-http/package.json"))) {
                fail("npm ci in " + DIRECTORY + " failed: " + installed);
            }
        }
    }

    /** The audit's results against the endpoint, one JSON object per check (id, name, status, reason). */
    static List<JsonNode> audit(String url, String apiKey) {
        List<String> command = new ArrayList<>(List.of("node", "audit.mjs", url));
        if (apiKey != null) {
            command.add(apiKey);
        }
        List<JsonNode> results = new ArrayList<>();
        for (String line : run(command)) {
            if (line.startsWith("{\"id\"")) {
                results.add(ApiServer.parse(line));
            }
        }
        return results;
    }

    /** Prints the counts per requirement level and asserts that no check warned or failed. */
    static void assertEverythingPasses(String mode, List<JsonNode> results) {
        if (results.isEmpty()) {
            fail("the audit printed no results");
        }
        List<String> problems = new ArrayList<>();
        java.util.Map<String, Integer> passed = new java.util.TreeMap<>();
        for (JsonNode result : results) {
            String level = result.get("name").asText().split(" ")[0];
            if (result.get("status").asText().equals("ok")) {
                passed.merge(level, 1, Integer::sum);
            } else {
                problems.add(result.get("id").asText() + " " + result.get("name").asText() + ": "
                        + result.path("reason").asText());
            }
        }
        System.out.println("GraphQL-over-HTTP audit (" + mode + "): " + results.size() + " checks, passed " + passed
                + ", not passed " + problems.size());
        assertEquals(List.of(), problems);
    }

    private static List<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(DIRECTORY.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return command.get(0).equals("node") && command.size() == 2 ? List.of() : List.of(output);
            }
            return output.lines().toList();
        } catch (IOException notInstalled) {
            return List.of();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
