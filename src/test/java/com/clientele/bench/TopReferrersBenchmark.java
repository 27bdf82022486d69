package com.clientele.bench;

import com.clientele.App;
import com.clientele.AppConfig;
import com.clientele.neo4j.Graph;
import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.ReferralRefresh;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmark, not a test: writes 1,000,000 customers and 250,000 referrals into a fresh embedded Neo4j, runs the
 * referral refresh (printing its phases), then serves the production API and times topReferrers(first: 20) over
 * HTTP for each order: {@value #WARM_UP} warm-up requests of every variant first, then {@value #REQUESTS} timed
 * ones per variant, one at a time.
 * Run: {@code bench/run TopReferrersBenchmark [customers referrals]}.
 */
public final class TopReferrersBenchmark {

    private static final int WARM_UP = 300;
    private static final int REQUESTS = 1_000;
    private static final String QUERY = "{ topReferrers(first: 20, orderBy: %s%s) { pageInfo { hasNextPage endCursor }"
            + " nodes { id region referralStats { directReferrals referralReach cascadeRevenue } influence { score"
            + " rank class } } } }";

    private TopReferrersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int referrals = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        try (BenchStore store = new BenchStore()) {
            Graph graph = store.graph();
            long start = System.nanoTime();
            BenchReferralGraph.write(graph, customers, referrals, new Random(42));
            System.out.printf("wrote %,d customers and %,d referrals in %.1f s%n", customers, referrals,
                    (System.nanoTime() - start) / 1e9);
            System.out.println(ReferralRefresh.run(graph, InfluenceConfig.defaults()).describe());
            Javalin app = App.create(AppConfig.defaults(0, store.home()), store.driver()).start("127.0.0.1", 0);
            try {
                timeQueries("http://127.0.0.1:" + app.port() + "/graphql");
            } finally {
                app.stop();
            }
        }
    }

    private static void timeQueries(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> variants = List.of(String.format(QUERY, "INFLUENCE", ""), String.format(QUERY, "REACH", ""),
                String.format(QUERY, "REFERRED_REVENUE", ""), String.format(QUERY, "CONVERTED", ""),
                String.format(QUERY, "INFLUENCE", ", filter: {regions: [\\\"广东\\\"], valueTiers: [\\\"HIGH\\\"]}"));
        for (String query : variants) {
            for (int i = 0; i < WARM_UP; i++) {
                send(client, request(url, query));
            }
        }
        for (String query : variants) {
            HttpRequest request = request(url, query);
            double[] millis = new double[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long started = System.nanoTime();
                send(client, request);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("%s%n  %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", query,
                    REQUESTS, at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[REQUESTS - 1]);
        }
    }

    private static HttpRequest request(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query + "\"}")).build();
    }

    private static void send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("topReferrers failed: " + response.body());
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double at(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
