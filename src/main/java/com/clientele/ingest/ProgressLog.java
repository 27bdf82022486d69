package com.clientele.ingest;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the progress of one file's import (rows, rows per second, share of the file read) every few seconds. */
final class ProgressLog {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final String file;
    private final long sizeBytes;
    private final LongSupplier bytesRead;
    private final long started = System.nanoTime();
    private long lastLogged = started;

    ProgressLog(String file, long sizeBytes, LongSupplier bytesRead) {
        this.file = file;
        this.sizeBytes = sizeBytes;
        this.bytesRead = bytesRead;
    }

    /** Called after each batch; logs only when the interval has passed. */
    void rowsDone(long rows) {
        long now = System.nanoTime();
        if (now - lastLogged < INTERVAL_NANOS) {
            return;
        }
        lastLogged = now;
        LOG.info("{}: {} rows, {} rows/s, {}", file, rows, Math.round(rows / seconds(now)), share());
    }

    void finished(long rows) {
        long now = System.nanoTime();
        LOG.info("{}: done, {} rows in {} s ({} rows/s)", file, rows, String.format("%.1f", seconds(now)),
                Math.round(rows / seconds(now)));
    }

    private double seconds(long now) {
        return Math.max(now - started, 1) / 1e9;
    }

    private String share() {
        if (sizeBytes <= 0) {
            return bytesRead.getAsLong() + " bytes read";
        }
        return String.format("%.1f%% of %d bytes", 100.0 * bytesRead.getAsLong() / sizeBytes, sizeBytes);
    }
}
