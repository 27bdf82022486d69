package com.clientele.cli;

import com.clientele.app.AppConfig;
import com.clientele.ingest.CdnowImporter;
import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.ImportReport;
import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import [--format clientele|online-retail|cdnow] <path>}: loads CSV data into the configured Neo4j and prints
 * the report. Exit code 0 when every row loaded, 2 when some rows were bad (they are listed), 1 on failure.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import data: a folder in the clientele format, the UCI Online Retail file, or a CDNOW file.")
public final class ImportCommand implements Callable<Integer> {

    static final int LOADED = 0;
    static final int FAILED = 1;
    static final int SOME_ROWS_BAD = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = ClienteleImporter.FORMAT,
            description = "clientele (a folder of CSV files), online-retail or cdnow (one file);"
                    + " default ${DEFAULT-VALUE}")
    private String format;

    @Option(names = "--dataset", description = "name of the Dataset record (default: folder name / online-retail)")
    private String dataset;

    @Option(names = "--batch-size", defaultValue = "5000",
            description = "rows per transaction; default ${DEFAULT-VALUE}")
    private int batchSize;

    @Parameters(index = "0", paramLabel = "<path>", description = "folder (clientele) or file (online-retail, cdnow)")
    private Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = inputProblem();
        if (problem != null) {
            err.println("import: " + problem);
            return FAILED;
        }
        AppConfig config = AppConfig.fromEnvironment(System.getenv());
        try (Neo4jConnection connection = Neo4jConnection.open(config.neo4j())) {
            Graph graph = connection.migratedGraph(config.neo4jDatabase(), config.importTimeout());
            ImportReport report = run(graph, config);
            out.print(report.format());
            out.flush();
            return report.hasBadRows() ? SOME_ROWS_BAD : LOADED;
        } catch (RuntimeException e) {
            err.println("import failed: " + e.getMessage());
            return FAILED;
        }
    }

    private String inputProblem() {
        if (batchSize < 1) {
            return "--batch-size must be at least 1, was " + batchSize;
        }
        if (ClienteleImporter.FORMAT.equals(format)) {
            return Files.isDirectory(path) ? null
                    : path + " is not a folder (the clientele format is a folder of CSV files)";
        }
        if (OnlineRetailImporter.FORMAT.equals(format)) {
            return Files.isRegularFile(path) ? null : path + " is not a file (online-retail imports one CSV file)";
        }
        if (CdnowImporter.FORMAT.equals(format)) {
            return Files.isRegularFile(path) ? null : path + " is not a file (cdnow imports one transaction file)";
        }
        return "unknown --format '" + format + "': use clientele, online-retail or cdnow";
    }

    private ImportReport run(Graph graph, AppConfig config) {
        if (CdnowImporter.FORMAT.equals(format)) {
            String name = dataset != null ? dataset : CdnowImporter.DEFAULT_DATASET;
            return new CdnowImporter(graph, batchSize).importFile(path, name);
        }
        if (OnlineRetailImporter.FORMAT.equals(format)) {
            String name = dataset != null ? dataset : OnlineRetailImporter.DEFAULT_DATASET;
            return new OnlineRetailImporter(graph, batchSize).importFile(path, name);
        }
        String name = dataset != null ? dataset : path.toAbsolutePath().normalize().getFileName().toString();
        return new ClienteleImporter(graph, batchSize, config.places())
                .importFolder(CsvFolder.directory(path), name);
    }
}
