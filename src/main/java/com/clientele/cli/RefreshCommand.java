package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
import com.clientele.crosssell.CrossSellRefreshSummary;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import com.clientele.segment.RefreshSummary;
import com.clientele.segment.SegmentRefresh;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refresh [--as-of DATE]}: a full segment refresh of the configured Neo4j, printing what it did. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Re-derive every customer's metrics and classes (a full segment refresh).")
public final class RefreshCommand implements Callable<Integer> {

    @Option(names = "--as-of", description = "analysis date, yyyy-MM-dd (default: the day after the newest order)")
    private LocalDate asOf;

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
            Graph graph = connection.migratedGraph(config.neo4jDatabase(), Duration.ofMinutes(30));
            RefreshSummary summary = new SegmentRefresh(graph, config.segmentation()).full(Optional.ofNullable(asOf));
            System.out.printf("refresh %d as of %s: %d customers, %d changed class; read %d ms, classify %d ms,"
                            + " write %d ms%n", summary.seq(), summary.asOf(), summary.customers(), summary.changed(),
                    summary.readMillis(), summary.classifyMillis(), summary.writeMillis());
            CrossSellRefreshSummary crossSell = new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run();
            System.out.printf("cross-sell refresh: %d baskets, %d links in %d ms%n", crossSell.baskets(),
                    crossSell.links(), crossSell.totalMillis());
            return 0;
        }
    }
}
