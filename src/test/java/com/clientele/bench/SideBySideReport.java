package com.clientele.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a side-by-side run, printed as they come (one line per server) and at the end as one markdown table:
 * requests/s, CPU ms per request of each server and of the shared Neo4j, and the ratios Clientele / @neo4j/graphql
 * (throughput: higher is better; CPU: lower is better).
 */
final class SideBySideReport {

    private static final int SERVER = 0;
    private static final int NEO4J = 1;
    private static final int LOAD_GENERATOR = 2;

    private final List<String> rows = new ArrayList<>();

    void add(QueryShape shape, LoadRun.Result ours, LoadRun.Result theirs) {
        line(shape, "clientele", ours);
        line(shape, "neo4j-graphql", theirs);
        double oursTotal = ours.cpuMillisPerRequest(SERVER) + ours.cpuMillisPerRequest(NEO4J);
        double theirsTotal = theirs.cpuMillisPerRequest(SERVER) + theirs.cpuMillisPerRequest(NEO4J);
        rows.add(String.format("| %s | %d | %.1f | %.1f | **%.2f×** | %.1f + %.1f | %.1f + %.1f | **%.2f** | %.2f |"
                + " %.0f / %.0f | %.0f / %.0f |",
                shape.name(), ours.concurrency(), ours.perSecond(), theirs.perSecond(),
                ours.perSecond() / theirs.perSecond(), ours.cpuMillisPerRequest(SERVER),
                ours.cpuMillisPerRequest(NEO4J), theirs.cpuMillisPerRequest(SERVER),
                theirs.cpuMillisPerRequest(NEO4J), ours.cpuMillisPerRequest(SERVER)
                        / theirs.cpuMillisPerRequest(SERVER), oursTotal / theirsTotal,
                ours.p50Millis(), ours.p99Millis(), theirs.p50Millis(), theirs.p99Millis()));
    }

    void print() {
        System.out.println();
        System.out.println("| shape | concurrency | Clientele req/s | @neo4j/graphql req/s | throughput ratio "
                + "| Clientele CPU ms/req (server + Neo4j) | @neo4j/graphql CPU ms/req (server + Neo4j) "
                + "| server CPU ratio | server + Neo4j CPU ratio | Clientele p50 / p99 ms "
                + "| @neo4j/graphql p50 / p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static void line(QueryShape shape, String server, LoadRun.Result result) {
        System.out.printf("%s c=%d %s: %d requests in %.1f s = %.2f req/s; CPU ms/request: server %.1f, Neo4j %.1f,"
                + " load generator %.1f; p50 %.1f ms, p99 %.1f ms%n", shape.name(), result.concurrency(), server,
                result.requests(), result.seconds(), result.perSecond(), result.cpuMillisPerRequest(SERVER),
                result.cpuMillisPerRequest(NEO4J), result.cpuMillisPerRequest(LOAD_GENERATOR), result.p50Millis(),
                result.p99Millis());
        System.out.flush();
    }
}
