package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: orders are streamed to a server process, which is killed with SIGKILL mid-stream and started again
 * on the same data directory; every acknowledged order must be there, whole and exactly once.
 */
class CrashDurabilityTest {

    private static final String ORDER = "mutation($input: RecordOrderInput!) { recordOrder(input: $input) {"
            + " order { id } userErrors { code } } }";
    private static final int ACKNOWLEDGED_BEFORE_KILL = 20;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyAcknowledgedOrderSurvivesASigkillExactlyOnce(@TempDir Path dataDir) throws Exception {
        Path log = Files.createTempFile("clientele-crash-test", ".log"); // kept when the test fails, for diagnosis
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ServerProcess server = ServerProcess.start(dataDir, log);
        try {
            setUp(server);
            Thread streamer = new Thread(() -> stream(server, acknowledged));
            streamer.start();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.kill();
            streamer.join();
        } finally {
            server.kill();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "only " + acknowledged.size() + " acknowledged");
        ServerProcess restarted = ServerProcess.start(dataDir, log);
        try {
            assertEveryAcknowledgedOrderOnceAndWhole(restarted, acknowledged);
        } finally {
            restarted.kill();
        }
        Files.delete(log);
    }

    private void setUp(ServerProcess server) throws IOException, InterruptedException {
        for (String mutation : List.of(
                "mutation { upsertCategory(input: {id: \"cat\", name: \"Cat\"}) { userErrors { code } } }",
                "mutation { upsertProduct(input: {id: \"p1\", name: \"P1\", categoryId: \"cat\"}) { userErrors { code } } }",
                "mutation { upsertProduct(input: {id: \"p2\", name: \"P2\", categoryId: \"cat\"}) { userErrors { code } } }",
                "mutation { upsertCustomer(input: {id: \"d1\"}) { userErrors { code } } }")) {
            assertTrue(post(server, mutation, Map.of()).toString().contains("\"userErrors\":[]"));
        }
    }

    private void stream(ServerProcess server, Set<String> acknowledged) {
        for (int i = 0; ; i++) {
            String id = "o-" + i;
            Map<String, Object> input = Map.of("id", id, "customerId", "d1", "orderedAt", "2025-01-01T10:00:00Z",
                    "lines", List.of(Map.of("productId", "p1", "quantity", 1, "unitPrice", 2.0),
                            Map.of("productId", "p2", "quantity", 3, "unitPrice", 1.0)));
            try {
                JsonNode response = post(server, ORDER, Map.of("input", input));
                if (id.equals(response.at("/data/recordOrder/order/id").asText())) {
                    acknowledged.add(id);
                }
            } catch (IOException | InterruptedException killed) {
                return;
            }
        }
    }

    private void assertEveryAcknowledgedOrderOnceAndWhole(ServerProcess server, Set<String> acknowledged)
            throws IOException, InterruptedException {
        JsonNode orders = post(server, "{ customer(id: \"d1\") { orders(first: 100) { totalCount"
                + " nodes { id lineCount total lines { line quantity } } } } }", Map.of()).at("/data/customer/orders");
        Set<String> present = new HashSet<>();
        for (JsonNode order : orders.get("nodes")) {
            assertTrue(present.add(order.get("id").asText()), "order twice: " + order);
            assertEquals(ApiServer.parse("{\"lineCount\":2,\"total\":5.0,\"lines\":[{\"line\":1,\"quantity\":1},"
                    + "{\"line\":2,\"quantity\":3}]}"), ((com.fasterxml.jackson.databind.node.ObjectNode) order)
                    .deepCopy().without("id"), order.toString());
        }
        assertEquals(present.size(), orders.get("totalCount").asInt());
        assertTrue(present.containsAll(acknowledged), "lost: " + acknowledged.stream()
                .filter(id -> !present.contains(id)).toList());
    }

    private JsonNode post(ServerProcess server, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/graphql")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiServer.write(Map.of("query", query,
                        "variables", variables)))).build();
        return ApiServer.parse(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
