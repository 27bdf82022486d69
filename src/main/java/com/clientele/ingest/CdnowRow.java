package com.clientele.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * One transaction row of a CDNOW file: the sample's five columns {@code masterId sampleId yyyymmdd cds dollars}
 * (the customer is the sample id, as in the published summaries) or the master file's four
 * {@code customerId yyyymmdd cds dollars}. It becomes one ONLINE order of one line of the CD product.
 */
record CdnowRow(String customerId, String orderId, LocalDate date, int cds, double dollars) {

    static final String PRODUCT_ID = "cdnow-cd";

    /** Parses a whitespace-separated line; {@code row} numbers the data rows of the file from 1. */
    static CdnowRow parse(String line, long row) throws BadRowException {
        String[] cells = line.trim().split("\\s+");
        if (cells.length != 4 && cells.length != 5) {
            throw new BadRowException("line", ProblemCode.INVALID_VALUE, "expected 4 or 5 whitespace-separated columns, found " + cells.length);
        }
        int offset = cells.length - 4;
        String customer = "cdnow-" + wholeNumber(cells[offset], "customer id");
        LocalDate date = date(cells[offset + 1]);
        int cds = (int) wholeNumber(cells[offset + 2], "number of CDs");
        double dollars = dollars(cells[offset + 3]);
        if (cds < 1) {
            throw new BadRowException("cds", ProblemCode.NEGATIVE_QUANTITY, "number of CDs must be at least 1, was " + cds);
        }
        return new CdnowRow(customer, customer + "-" + row, date, cds, dollars);
    }

    Map<String, Object> order() {
        ZonedDateTime orderedAt = date.atStartOfDay(ZoneOffset.UTC);
        return RowValues.of("id", orderId, "customerId", customerId,
                "properties", RowValues.of("orderedAt", orderedAt, "channel", "ONLINE", "discount", 0.0));
    }

    /** quantity × unitPrice is the row's dollar value (0 for the free rows the file has). */
    Map<String, Object> line() {
        return OrderLinesTable.lineValues(orderId, 1L, PRODUCT_ID, (long) cds, dollars / cds);
    }

    private static long wholeNumber(String cell, String column) throws BadRowException {
        try {
            long value = Long.parseLong(cell);
            if (value < 0) {
                throw new BadRowException(column, ProblemCode.INVALID_VALUE, column + " must not be negative, was " + cell);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRowException(column, ProblemCode.INVALID_VALUE, column + " is not a whole number: '" + cell + "'");
        }
    }

    private static LocalDate date(String cell) throws BadRowException {
        try {
            return LocalDate.parse(cell, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new BadRowException("date", ProblemCode.INVALID_VALUE, "date is not yyyymmdd: '" + cell + "'");
        }
    }

    private static double dollars(String cell) throws BadRowException {
        try {
            double value = Double.parseDouble(cell);
            if (!Double.isFinite(value) || value < 0) {
                throw new BadRowException("dollars", ProblemCode.INVALID_VALUE, "dollar value must be a number >= 0, was " + cell);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRowException("dollars", ProblemCode.INVALID_VALUE, "dollar value is not a number: '" + cell + "'");
        }
    }
}
