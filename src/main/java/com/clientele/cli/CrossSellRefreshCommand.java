package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
import com.clientele.crosssell.CrossSellRefreshSummary;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code crosssell-refresh}: rebuilds the co-purchase links and popular lists of the configured Neo4j. */
@Command(name = "crosssell-refresh", mixinStandardHelpOptions = true,
        description = "Rebuild the cross-sell model (co-purchase links and popular lists) from every order.")
public final class CrossSellRefreshCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
            Graph graph = connection.migratedGraph(config.neo4jDatabase(), Duration.ofMinutes(30));
            CrossSellRefreshSummary s = new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run();
            System.out.printf("cross-sell refresh: %d baskets, %d products, %d links, %d popular lists;"
                    + " read %d ms, build %d ms, write %d ms%n", s.baskets(), s.products(), s.links(),
                    s.popularLists(), s.readMillis(), s.buildMillis(), s.writeMillis());
            return 0;
        }
    }
}
