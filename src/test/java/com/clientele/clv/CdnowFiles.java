package com.clientele.clv;

import com.clientele.support.SharedDatasets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the CDNOW sample files of ../shared/datasets/cdnow for the CLV tests: the published calibration summaries
 * (in weeks, keyed by the sample id 1..2357) and the raw sample transactions.
 */
final class CdnowFiles {

    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    /** One row of a summary file: the sample id and the history it describes. */
    record SummaryRow(String id, CustomerHistory history) {
    }

    private CdnowFiles() {
    }

    /** cdnow_customers_summary.csv: ID,frequency,recency,T. */
    static List<SummaryRow> summary() {
        return csvRows("cdnow/cdnow_customers_summary.csv", cells -> new SummaryRow(cells[0], CustomerHistory.of(
                Integer.parseInt(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
                ClvTimeUnit.WEEKS)));
    }

    /** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar. */
    static List<SummaryRow> summaryWithSpend() {
        return csvRows("cdnow/cdnow_customers_summary_with_transactions.csv", cells -> new SummaryRow(cells[0],
                CustomerHistory.withSpend(Integer.parseInt(cells[1]), Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), ClvTimeUnit.WEEKS)));
    }

    static List<CustomerHistory> histories(List<SummaryRow> rows) {
        return rows.stream().map(SummaryRow::history).toList();
    }

    /** CDNOW_sample.txt: master id, sample id, date yyyyMMdd, CDs, dollars; the customer is the sample id. */
    static List<Purchase> samplePurchases() {
        DateTimeFormatter yyyyMMdd = DateTimeFormatter.BASIC_ISO_DATE;
        return lines("cdnow/CDNOW_sample.txt").stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .map(cells -> new Purchase(String.valueOf(Integer.parseInt(cells[1])),
                        LocalDate.parse(cells[2], yyyyMMdd), Double.parseDouble(cells[4])))
                .toList();
    }

    private static <T> List<T> csvRows(String file, Function<String[], T> parser) {
        return lines(file).stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> parser.apply(line.trim().split(",")))
                .toList();
    }

    private static List<String> lines(String file) {
        Path path = SharedDatasets.require(file);
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
