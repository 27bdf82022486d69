package com.clientele.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import com.clientele.auth.ApiKeyStore;
import com.clientele.ingest.GraphFingerprint;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, done-when: at least 5,000 generated hostile requests against the production wiring over the seed graph
 * with API keys on. No answer is a 5xx, no error lacks a code or shows internals, every request's own expectation
 * holds, the graph is unchanged, and normal queries answer exactly as before. The rate limit is raised so that no
 * request is throttled before it reaches the code. The requests are seeded; for reruns -Dhostile.seed,
 * -Dhostile.requests and -Dhostile.families=CURSORS,ROLES override the defaults; the report is also written to
 * target/hostile-storm-report.txt. Until the fixes of issue 12 are merged this test fails (that is its purpose);
 * it changes the shared graph only through those bugs and always makes the next class reload it.
 */
@Tag("hostile")
@UsesDataset(value = SeedGraph.DATASET, changesGraph = true)
class GeneratedHostileRequestsTest {

    private static final long DEFAULT_SEED = 20_261_202L;
    private static final int DEFAULT_REQUESTS = 6_000;
    private static final int THREADS = 4;

    @Test
    void fiveThousandGeneratedHostileRequestsGetNoServerErrorAndChangeNothing() throws Exception {
        long seed = Long.getLong("hostile.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("hostile.requests", DEFAULT_REQUESTS);
        Graph graph = SeedGraph.load();
        StormKeys keys = StormKeys.create(new ApiKeyStore(graph, Clock.systemUTC()));
        StormReport report = new StormReport(seed);
        try (ApiServer api = ApiServer.start(AppConfig.fromEnvironment(Map.of("PORT", "0", "DATA_DIR",
                "target/unused-data-dir", "RATE_LIMIT_BUCKET", "1000000000", "RATE_LIMIT_RESTORE", "1000000000")))) {
            JsonNode introspection = api.graphql(SchemaModel.INTROSPECTION, Map.of(), Map.of("Authorization",
                    keys.admin()));
            KnownIds ids = KnownIds.from(api.graphql(KnownIds.QUERY, Map.of(), Map.of("Authorization",
                    keys.admin())));
            SchemaModel schema = SchemaModel.from(introspection);
            NormalQueries normal = new NormalQueries(ids, keys);
            Map<String, JsonNode> answersBefore = normal.answers(api);
            GraphFingerprint fingerprintBefore = GraphFingerprint.of(graph);
            GraphContent contentBefore = GraphContent.of(graph);
            long heapBefore = usedHeap();
            System.out.printf("hostile storm: seed %d, %,d requests%n", seed, requests);
            long started = System.nanoTime();
            new HostileStorm(URI.create(api.url("/")).getPort(), THREADS).run(plan(schema, ids, keys)
                    .only(System.getProperty("hostile.families", "")).start(seed, requests), report);
            report.took((System.nanoTime() - started) / 1_000_000);
            report.heap(heapBefore, usedHeap());
            NormalQueries.changed(answersBefore, normal.answers(api)).forEach(report::add);
            compareGraph(graph, fingerprintBefore, contentBefore, report);
        } finally {
            graph.write("test-support/delete-api-keys", Map.of());
            TestNeo4j.get().forget();
        }
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "hostile-storm-report.txt"),
                report.toString());
        assertFalse(report.failed(), report::toString);
        assertTrue(report.requests() >= 5_000, "only " + report.requests() + " requests were sent");
    }

    private static StormPlan plan(SchemaModel schema, KnownIds ids, StormKeys keys) {
        long maxRequestBytes = com.clientele.limits.ApiLimits.fromEnvironment(Map.of()).maxRequestBytes();
        return new StormPlan()
                .add(new ChunkedBodies(keys, maxRequestBytes), 150)
                .add(new HttpFraming(keys), 550)
                .add(new JsonBodies(keys), 450)
                .add(new JsonLimits(keys), 350)
                .add(new RandomOperations(schema, ids, keys), 1_800)
                .add(new TamperedCursors(ids, keys, schema), 500)
                .add(new QueryShapes(keys, ids), 450)
                .add(new CustomerWrites(ids, keys), 300)
                .add(new OrderWrites(ids, keys), 300)
                .add(new OtherWrites(ids, keys), 150)
                .add(new Batches(ids, keys), 60)
                .add(new MaskedFields(ids, keys, schema), 300)
                .add(new Escalations(ids, keys), 250)
                .add(new Credentials(keys), 250);
    }

    private static void compareGraph(Graph graph, GraphFingerprint fingerprintBefore, GraphContent contentBefore,
            StormReport report) {
        GraphFingerprint fingerprintAfter = GraphFingerprint.of(graph);
        if (!fingerprintAfter.equals(fingerprintBefore)) {
            report.add(new Failure(Family.GRAPH, Failure.Kind.CHANGED, "graph fingerprint (counts and sums)",
                    "before " + fingerprintBefore + " after " + fingerprintAfter));
        }
        String differences = contentBefore.differences(GraphContent.of(graph));
        if (!differences.isEmpty()) {
            report.add(new Failure(Family.GRAPH, Failure.Kind.CHANGED, "graph content (every node and relationship)",
                    differences));
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
