package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.PageRankNotConvergedException;
import com.clientele.referral.ReferralRefresh;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code influence}: the referral refresh (metrics, influence grid, PageRank) of the configured Neo4j. */
@Command(name = "influence", mixinStandardHelpOptions = true,
        description = "Re-derive referral metrics, influence scores and influence-grid classes (settings:"
                + " influence.yaml, or the file named by INFLUENCE_CONFIG). Run after `refresh`.")
public final class InfluenceCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        InfluenceConfig settings = config.influence();
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
            Graph graph = connection.migratedGraph(config.neo4jDatabase(), Duration.ofMinutes(30));
            System.out.println(ReferralRefresh.run(graph, settings).describe());
            return 0;
        } catch (PageRankNotConvergedException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
