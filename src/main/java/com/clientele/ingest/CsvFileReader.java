package com.clientele.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams one CSV file (header line, RFC 4180) row by row into a {@link BatchSink}, flushing every
 * {@code batchSize} rows, so memory never holds more than one batch whatever the file size.
 */
final class CsvFileReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private final int batchSize;

    CsvFileReader(int batchSize) {
        this.batchSize = batchSize;
    }

    void read(CsvInput input, FileReport report, BatchSink sink) {
        CountingInputStream counted = new CountingInputStream(input.stream());
        ProgressLog progress = new ProgressLog(input.name(), input.sizeBytes(), counted::count);
        try (Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                accept(new Cells(record, record.getRecordNumber() + 1), report, sink);
                if (sink.pending() >= batchSize) {
                    sink.flush();
                    progress.rowsDone(report.rowsRead());
                }
            }
            sink.flush();
            progress.finished(report.rowsRead());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input.name() + ": " + e.getMessage(), e);
        }
    }

    private static void accept(Cells row, FileReport report, BatchSink sink) {
        report.read();
        try {
            sink.accept(row);
        } catch (BadRowException e) {
            report.bad(row.line(), e.getMessage());
        }
    }
}
