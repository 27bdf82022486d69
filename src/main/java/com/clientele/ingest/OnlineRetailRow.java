package com.clientele.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Online Retail line kept by the standard cleaning, with its line number within its invoice: the row's
 * position among all rows of that invoice in the file, so filtered rows never renumber the others.
 */
record OnlineRetailRow(String invoice, long line, String stockCode, String description, long quantity,
        ZonedDateTime invoiceDate, double unitPrice, String customerId, String country) {

    static final String CANCELLATION = "cancellation (InvoiceNo starts with C)";
    static final String NO_CUSTOMER = "no CustomerID";
    static final String QUANTITY_NOT_POSITIVE = "Quantity not positive";

    private static final DateTimeFormatter INVOICE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]");

    /** Numbers the rows of each invoice over the whole file (invoices are not always contiguous). */
    static final class InvoiceLines {
        private final Map<String, Long> seen = new HashMap<>();

        long next(String invoice) {
            return seen.merge(invoice, 1L, Long::sum);
        }
    }

    /** The kept row, or empty after reporting why the cleaning filters it out; throws for an unreadable row. */
    static Optional<OnlineRetailRow> parse(Cells cells, InvoiceLines lines, FileReport report)
            throws BadRowException {
        String invoice = cells.required("InvoiceNo");
        long line = lines.next(invoice);
        String customer = cells.text("CustomerID");
        if (invoice.toUpperCase().startsWith("C")) {
            return filtered(report, CANCELLATION);
        }
        if (customer == null) {
            return filtered(report, NO_CUSTOMER);
        }
        Long quantity = cells.integer("Quantity");
        if (quantity == null) {
            throw new BadRowException("Quantity", ProblemCode.REQUIRED, "missing required field Quantity");
        }
        if (quantity <= 0) {
            return filtered(report, QUANTITY_NOT_POSITIVE);
        }
        Double unitPrice = cells.decimal("UnitPrice");
        if (unitPrice == null) {
            throw new BadRowException("UnitPrice", ProblemCode.REQUIRED, "missing required field UnitPrice");
        }
        return Optional.of(new OnlineRetailRow(invoice, line, cells.required("StockCode"), cells.text("Description"),
                quantity, invoiceDate(cells), unitPrice, customerId(customer), cells.text("Country")));
    }

    private static Optional<OnlineRetailRow> filtered(FileReport report, String reason) {
        report.filtered(reason);
        return Optional.empty();
    }

    private static ZonedDateTime invoiceDate(Cells cells) throws BadRowException {
        String text = cells.required("InvoiceDate");
        try {
            return LocalDateTime.parse(text, INVOICE_DATE).atZone(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRowException("InvoiceDate", ProblemCode.INVALID_VALUE,
                    "InvoiceDate: '" + text + "' is not a date and time (yyyy-MM-dd HH:mm:ss)");
        }
    }

    /** Spark wrote the ids as floats: {@code 17850.0} is customer {@code 17850}. */
    private static String customerId(String text) {
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
