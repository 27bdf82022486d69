package com.clientele.bench;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.clientele.neo4j.Graph;
import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.ReferralRefresh;
import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
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
                timeQueries(new BenchHttp(app.port()));
            } finally {
                app.stop();
            }
        }
    }

    private static void timeQueries(BenchHttp http) throws Exception {
        List<String> variants = List.of(String.format(QUERY, "INFLUENCE", ""), String.format(QUERY, "REACH", ""),
                String.format(QUERY, "REFERRED_REVENUE", ""), String.format(QUERY, "CONVERTED", ""),
                String.format(QUERY, "INFLUENCE", ", filter: {regions: [\"广东\"], valueTiers: [\"HIGH\"]}"));
        for (String query : variants) {
            for (int i = 0; i < WARM_UP; i++) {
                http.timedPost(query, Map.of());
            }
        }
        for (String query : variants) {
            double[] millis = new double[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                millis[i] = http.timedPost(query, Map.of());
            }
            System.out.printf("%s%n  %s%n", query, BenchHttp.percentiles(millis));
        }
    }
}
