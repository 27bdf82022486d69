package com.clientele.bench;

import com.clientele.crosssell.BasketLog;
import com.clientele.crosssell.BundleRule;
import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CustomerGroups;
import com.clientele.crosssell.EvaluationResult;
import com.clientele.crosssell.LeaveLastBasketOut;
import com.clientele.crosssell.ProductCatalogue;
import com.clientele.crosssell.ScoringSettings;
import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.EmbeddedNeo4j;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.SchemaMigrations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Benchmark, not a test: leave-last-basket-out evaluation of crossSell against the popularity baseline on UCI Online
 * Retail, imported (cleaned as by {@code import --format online-retail}) into an in-process Neo4j kept in
 * {@code target/crosssell-online-retail} (imported on the first run only, ~3 min here); baskets,
 * catalogue and groups are read back through the driver and scored by the production scorer. With
 * {@code -Dgrid=true} it also prints a small sweep of the settings. Run: {@code mvn -q test-compile && java -cp
 * target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
 * com.clientele.bench.CrossSellEvaluationBenchmark ../shared/datasets/online-retail/online_retail.csv}.
 */
public final class CrossSellEvaluationBenchmark {

    private static final int K = 10;

    private CrossSellEvaluationBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/datasets/online-retail/online_retail.csv");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(Path.of("target/crosssell-online-retail"));
        Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        Graph graph = new Graph(driver, CypherCatalog.fromClasspath(), "neo4j", Duration.ofMinutes(30));
        SchemaMigrations.apply(graph);
        if (!graph.read("ingest/graph-has-data", Map.of(), row -> row.get("hasData").asBoolean()).get(0)) {
            long start = System.nanoTime();
            new OnlineRetailImporter(graph).importFile(file, "online-retail");
            System.out.printf("imported %s in %.0f s%n", file, seconds(start));
        }
        long read = System.nanoTime();
        LeaveLastBasketOut harness = new LeaveLastBasketOut(BasketLog.read(graph), ProductCatalogue.read(graph),
                CustomerGroups.read(graph));
        System.out.printf("read baskets, catalogue and groups in %.1f s%n", seconds(read));
        report("defaults", harness, CoPurchaseSettings.defaults(), ScoringSettings.defaults());
        if (Boolean.getBoolean("grid")) {
            sweep(harness);
        }
        driver.close();
        server.close();
    }

    private static void sweep(LeaveLastBasketOut harness) {
        report("plain cosine", harness, new CoPurchaseSettings(30, 2, 0, 0.5, 0, 0),
                new ScoringSettings(1e9, 0, 0.5, 2, 1, BundleRule.off()));
        for (double basket : new double[] {0.1, 0.25, 0.5}) {
            report("basket weight " + basket, harness, CoPurchaseSettings.defaults().withBasketWeight(basket),
                    ScoringSettings.defaults());
        }
        report("no bundle rule", harness, CoPurchaseSettings.defaults(),
                ScoringSettings.defaults().withBundle(BundleRule.off()));
        for (BundleRule rule : List.of(BundleRule.defaults().withMaxFirst(1), BundleRule.defaults().withMaxFirst(2),
                BundleRule.defaults().withMaxFirst(10), new BundleRule(0.5, 5, 2, 3), new BundleRule(0.6, 5, 2, 3))) {
            report("bundle rule " + rule, harness, CoPurchaseSettings.defaults(),
                    ScoringSettings.defaults().withBundle(rule));
        }
        report("no popularity prior", harness, CoPurchaseSettings.defaults(),
                ScoringSettings.defaults().withPopularityWeight(0));
        report("similarity power 1", harness, CoPurchaseSettings.defaults(),
                ScoringSettings.defaults().withSimilarityPower(1));
        report("no recency", harness, CoPurchaseSettings.defaults(), ScoringSettings.defaults().withHalfLifeDays(1e9));
    }

    private static void report(String label, LeaveLastBasketOut harness, CoPurchaseSettings model,
            ScoringSettings scoring) {
        long start = System.nanoTime();
        EvaluationResult result = harness.run(model, scoring, K);
        System.out.printf("%n### %s: %s, %s (%,d customers, %.1f s)%n%s", label, model, scoring,
                result.evaluatedCustomers(), seconds(start), result.table());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
