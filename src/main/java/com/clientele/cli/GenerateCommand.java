package com.clientele.cli;

import com.clientele.seed.GeneratorSettings;
import com.clientele.seed.SeedGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes seed data in the project's CSV format, with planted behaviours and their ground
 * truth in {@code <out>/planted/}. The same options always give byte-identical files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate deterministic seed data (CSV) with planted customer behaviours.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "<dir>", defaultValue = "seed-data",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "" + GeneratorSettings.DEFAULT_CUSTOMERS,
            description = "Number of customers; other counts scale with it (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--one-time-share", paramLabel = "P",
            description = "Make a one-time-buyer merchant: this share of the buyers (above 0, below 1, e.g. 0.95)"
                    + " buy on one day only and planted behaviours shrink to fit (default: the seed's own shape).")
    Double oneTimeShare;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSettings settings;
        try {
            settings = GeneratorSettings.defaults().withCustomers(customers).withSeed(seed)
                    .withOneTimeShare(oneTimeShare);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        try {
            Map<String, Long> rows = new SeedGenerator(settings).generate(out);
            PrintWriter console = spec.commandLine().getOut();
            rows.forEach((file, count) -> console.printf("%-16s %,d rows%n", file, count));
            console.printf("wrote %s in %.1f s%n", out.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("generate: cannot write to " + out + ": " + e.getMessage());
            return 1;
        }
    }
}
