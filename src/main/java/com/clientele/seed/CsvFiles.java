package com.clientele.seed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the project's CSV format: UTF-8, a header line, RFC 4180 quoting, "\n" line ends (so the files are
 * the same on every platform), money and fractions with two decimals, ISO dates.
 */
final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final int BUFFER = 1 << 16;

    private CsvFiles() {
    }

    static CSVPrinter open(Path file, String... header) throws IOException {
        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        return new CSVPrinter(writer, FORMAT.builder().setHeader(header).get());
    }

    /** Cents as a decimal amount: 129900 -> "1299.00". */
    static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Hundredths as a fraction: 15 -> "0.15". */
    static String fraction(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }

    /** An id of a prefix and a zero-padded number, e.g. ("C", 42, 6) -> "C000042" (much faster than format). */
    static String id(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int pad = digits.length(); pad < width; pad++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
