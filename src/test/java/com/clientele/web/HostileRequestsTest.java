package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.Role;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.clientele.ingest.DomainFingerprint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 10,000 malformed and hostile requests against the seed graph with API keys on: no 5xx, none slower than the
 * query timeout, the server still answers a normal query afterwards, and the graph is unchanged.
 */
@UsesDataset(SeedGraph.DATASET)
class HostileRequestsTest {

    private static final int REQUESTS = 10_000;
    private static final int THREADS = 6;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void tenThousandHostileRequestsCauseNo5xxNoSlowAnswerAndNoChange() throws Exception {
        Graph graph = SeedGraph.load();
        ApiKeyStore keys = new ApiKeyStore(graph, Clock.systemUTC());
        HostileRequests hostile = new HostileRequests(keys.create("hostile-reader", Role.READER).token(),
                keys.create("hostile-integrator", Role.INTEGRATOR).token());
        DomainFingerprint before = DomainFingerprint.of(graph);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong slowestMillis = new AtomicLong();
        try (ApiServer api = ApiServer.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<HostileRequests.Hostile> requests = new java.util.ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(hostile.next(i));
            }
            List<Future<?>> sent = new java.util.ArrayList<>();
            requests.forEach(request -> sent.add(pool.submit(() -> {
                long started = System.nanoTime();
                HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(api.url("/graphql")))
                        .header("Content-Type", request.contentType())
                        .header("Authorization", request.authorization())
                        .POST(HttpRequest.BodyPublishers.ofString(request.body())).build());
                slowestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
                statuses.merge(response.statusCode(), 1L, Long::sum);
            })));
            for (Future<?> future : sent) {
                future.get();
            }
            pool.shutdown();
            assertEquals(REQUESTS, statuses.values().stream().mapToLong(Long::longValue).sum());
            assertEquals(Map.of(), Map.copyOf(statuses.entrySet().stream().filter(entry -> entry.getKey() >= 500)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                    "5xx answers among " + statuses);
            assertTrue(slowestMillis.get() < QUERY_TIMEOUT.toMillis(), "slowest " + slowestMillis.get() + " ms");
            assertEquals(2_000, api.graphql("{ customers { totalCount } }", Map.of(), Map.of("Authorization",
                    "Bearer " + keys.create("hostile-check", Role.READER).token()))
                    .at("/data/customers/totalCount").asInt());
        } finally {
            graph.write("test-support/delete-api-keys", Map.of());
        }
        DomainFingerprint after = DomainFingerprint.of(graph);
        assertEquals(before.refreshes(), after.refreshes());
        assertEquals(before.data(), withKeysOf(before, after.data()));
    }

    private static Map<String, Object> withKeysOf(DomainFingerprint before, Map<String, Object> after) {
        Map<String, Object> adjusted = new java.util.TreeMap<>(after);
        adjusted.put("apiKeys", before.data().get("apiKeys"));
        return adjusted;
    }
}
