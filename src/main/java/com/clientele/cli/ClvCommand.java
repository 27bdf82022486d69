package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.clv.ClvRefresh;
import com.clientele.clv.ClvRun;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clv [--calibration-end DATE]}: refits the CLV models on the configured Neo4j and rescores every customer,
 * printing the fit and the phases. Exit code 0 when FITTED, 3 when customers were scored by a BOUNDARY_FIT or
 * UNIDENTIFIED fit (the warning is stored and printed), 2 when the fit failed (its reason is stored and printed),
 * 1 when the command itself failed.
 */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Refit the CLV models (BG/NBD, Gamma-Gamma) and rescore every customer.")
public final class ClvCommand implements Callable<Integer> {

    @Option(names = "--calibration-end",
            description = "last day of the models' input, yyyy-MM-dd"
                    + " (default: clv.yaml, else the day after the newest order)")
    private LocalDate calibrationEnd;

    @Override
    public Integer call() {
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
            Graph graph = connection.migratedGraph(config.neo4jDatabase(), Duration.ofMinutes(30));
            ClvRun run = new ClvRefresh(graph, config.clv(), Clock.systemUTC())
                    .refresh(Optional.ofNullable(calibrationEnd));
            System.out.println(run.format());
            if (run.model().fitted()) {
                return 0;
            }
            return run.model().scored() ? 3 : 2;
        } catch (RuntimeException e) {
            System.err.println("clv failed: " + e.getMessage());
            return 1;
        }
    }
}
