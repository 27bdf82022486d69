package com.clientele.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to one file: rows read, rows written, rows filtered out on purpose (by reason), bad rows and
 * warnings (rows written with something to look at). Only the first {@link #KEPT_BAD_ROWS} bad rows and warnings
 * are kept in memory; all are counted.
 */
public final class FileReport {

    public static final int KEPT_BAD_ROWS = 1_000;

    private final String file;
    private long rowsRead;
    private long rowsWritten;
    private final Map<String, Long> filtered = new TreeMap<>();
    private final List<BadRow> badRows = new ArrayList<>();
    private long badRowCount;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private long warningCount;

    public FileReport(String file) {
        this.file = file;
    }

    void read() {
        rowsRead++;
    }

    void written(long rows) {
        rowsWritten += rows;
    }

    void filtered(String reason) {
        filtered.merge(reason, 1L, Long::sum);
    }

    void bad(long line, String reason) {
        badRowCount++;
        if (badRows.size() < KEPT_BAD_ROWS) {
            badRows.add(new BadRow(file, line, reason));
        }
    }

    void warn(long line, String message) {
        warningCount++;
        if (warnings.size() < KEPT_BAD_ROWS) {
            warnings.add(new ImportWarning(file, line, message));
        }
    }

    public String file() {
        return file;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    /** Rows left out on purpose, by reason (e.g. Online Retail's cleaning); they are not errors. */
    public Map<String, Long> filtered() {
        return Collections.unmodifiableMap(filtered);
    }

    public long filteredCount() {
        return filtered.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The first bad rows, in file order (rows bad on their own are found while reading, rows with unknown ids when
     * their batch is checked, so the kept ones are sorted by line).
     */
    public List<BadRow> badRows() {
        return badRows.stream().sorted(Comparator.comparingLong(BadRow::line)).toList();
    }

    public long badRowCount() {
        return badRowCount;
    }

    /** The first warnings, in file order. */
    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    public long warningCount() {
        return warningCount;
    }
}
