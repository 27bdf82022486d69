package com.clientele.ingest;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The outcome of one import: a {@link FileReport} per file that was found, and how long it took. */
public record ImportReport(String dataset, List<FileReport> files, Duration took) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long rowsWritten() {
        return files.stream().mapToLong(FileReport::rowsWritten).sum();
    }

    public long badRowCount() {
        return files.stream().mapToLong(FileReport::badRowCount).sum();
    }

    public long warningCount() {
        return files.stream().mapToLong(FileReport::warningCount).sum();
    }

    public boolean hasBadRows() {
        return badRowCount() > 0;
    }

    /** The report for one file; throws if that file was not imported. */
    public FileReport file(String name) {
        return files.stream().filter(fileReport -> fileReport.file().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report for file " + name));
    }

    /** A human-readable summary with every kept bad row, as printed by the import command. */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Import '%s' took %.1f s%n", dataset, took.toMillis() / 1000.0));
        for (FileReport file : files) {
            text.append(String.format("  %-18s read %,d  written %,d  filtered %,d  bad %,d%n", file.file(),
                    file.rowsRead(), file.rowsWritten(), file.filteredCount(), file.badRowCount()));
            file.filtered().forEach((reason, count) ->
                    text.append(String.format("      filtered %,d: %s%n", count, reason)));
        }
        String bad = files.stream().flatMap(fileReport -> fileReport.badRows().stream()).map(row -> "  bad row " + row)
                .collect(Collectors.joining(System.lineSeparator()));
        if (!bad.isEmpty()) {
            text.append(bad).append(System.lineSeparator());
        }
        long notShown = badRowCount() - files.stream().mapToLong(fileReport -> fileReport.badRows().size()).sum();
        if (notShown > 0) {
            text.append(String.format("  ... and %,d more bad rows%n", notShown));
        }
        files.stream().flatMap(file -> file.warnings().stream())
                .forEach(warning -> text.append("  warning ").append(warning).append(System.lineSeparator()));
        long warningsNotShown = warningCount() - files.stream().mapToLong(file -> file.warnings().size()).sum();
        if (warningsNotShown > 0) {
            text.append(String.format("  ... and %,d more warnings%n", warningsNotShown));
        }
        return text.toString();
    }
}
