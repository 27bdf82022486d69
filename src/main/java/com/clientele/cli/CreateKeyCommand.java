package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.CreatedKey;
import com.clientele.auth.Role;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create-key --role ADMIN --name ops}: stores a new API key and prints its token, the only time it is shown. */
@Command(name = "create-key", mixinStandardHelpOptions = true,
        description = "Create an API key (READER, INTEGRATOR or ADMIN) and print its token once.")
public final class CreateKeyCommand implements Callable<Integer> {

    @Option(names = "--role", required = true, description = "READER, INTEGRATOR or ADMIN")
    private Role role;

    @Option(names = "--name", required = true, description = "who or what the key is for, e.g. ops or shop-sync")
    private String name;

    @Override
    public Integer call() {
        return run(System.getenv(), System.out);
    }

    /** Creates the key in the store {@code environment} configures and prints its token to {@code out}. */
    public int run(Map<String, String> environment, PrintStream out) {
        AppConfig config = AppConfig.fromEnvironment(environment);
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
            Graph graph = connection.migratedGraph(config.neo4jDatabase(), Duration.ofMinutes(1));
            CreatedKey created = new ApiKeyStore(graph, Clock.systemUTC()).create(name, role);
            out.printf("created %s key %s (%s); send it as the header below. It is not shown again.%n",
                    created.key().role(), created.key().id(), created.key().name());
            out.println("Authorization: Bearer " + created.token());
            return 0;
        }
    }
}
