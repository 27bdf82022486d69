package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.crosssell.CrossSellRepository;
import com.clientele.crosssell.CrossSellRequest;
import com.clientele.crosssell.CrossSellScorer;
import com.clientele.crosssell.CrossSellService;
import com.clientele.crosssell.CrossSellStrategy;
import com.clientele.crosssell.ExportReasons;
import com.clientele.crosssell.RecommendationExport;
import com.clientele.crosssell.RecommendationWriter;
import com.clientele.crosssell.ScoringSettings;
import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-recommendations --k 10 --format csv|jsonl --out FILE}: every customer's top k, streamed. */
@Command(name = "export-recommendations", mixinStandardHelpOptions = true,
        description = "Write every customer's top-k cross-sell recommendations to a CSV or JSON Lines file.")
public final class ExportRecommendationsCommand implements Callable<Integer> {

    @Option(names = "--k", defaultValue = "10", description = "recommendations per customer (0..100, default 10)")
    private int k;

    @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl (default csv)")
    private String format;

    @Option(names = "--out", required = true, description = "the file to write")
    private Path out;

    @Option(names = "--strategy", defaultValue = "CO_PURCHASE", description = "CO_PURCHASE, CATEGORY_GAP or POPULAR")
    private CrossSellStrategy strategy;

    @Option(names = "--exclude-category", description = "a category id (with its subcategories) to leave out")
    private Set<String> excludedCategories = Set.of();

    @Override
    public Integer call() {
        RecommendationWriter.Format chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> RecommendationWriter.Format.CSV;
            case "jsonl" -> RecommendationWriter.Format.JSONL;
            default -> null;
        };
        if (chosen == null) {
            System.err.println("--format must be csv or jsonl, got " + format);
            return 1;
        }
        if (k < 0 || k > CrossSellRequest.MAX_FIRST) {
            System.err.println("--k must be between 0 and " + CrossSellRequest.MAX_FIRST + ", got " + k);
            return 1;
        }
        CrossSellRequest request = new CrossSellRequest(k, strategy, excludedCategories, Set.of(), null, null, null);
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j());
                Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Graph graph = new Graph(connection.driver(), CypherCatalog.fromClasspath(), config.neo4jDatabase(),
                    Duration.ofMinutes(5));
            CrossSellService service = new CrossSellService(new CrossSellRepository(graph),
                    new CrossSellScorer(ScoringSettings.defaults()), Clock.systemUTC());
            long started = System.nanoTime();
            long customers = new RecommendationExport(graph, service).export(request, new RecommendationWriter(file,
                    chosen, ExportReasons.read(graph, service, config.places())));
            System.out.printf("exported %d customers to %s in %d ms%n", customers, out,
                    (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (IOException e) {
            System.err.println("cannot write " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
