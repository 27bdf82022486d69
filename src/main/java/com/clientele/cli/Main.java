package com.clientele.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `serve` (the default of `mvn exec:java`), `import`, `generate`. */
@Command(name = "clientele", mixinStandardHelpOptions = true,
        description = "Customer classification and development over a Neo4j graph, as a GraphQL API.",
        subcommands = {ServeCommand.class, ImportCommand.class, RefreshCommand.class, GenerateCommand.class,
            InfluenceCommand.class,
                CrossSellRefreshCommand.class, ExportRecommendationsCommand.class,
            ClvCommand.class, CreateKeyCommand.class})
public final class Main {

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int exitCode = new CommandLine(new Main()).execute(effective);
        if (exitCode != 0 || !"serve".equals(effective[0])) {
            System.exit(exitCode);
        }
    }
}
