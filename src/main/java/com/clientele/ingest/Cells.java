package com.clientele.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The cells of one CSV row, read by column name and parsed into the model's types. Every parser throws a
 * {@link BadRowException} naming the column and the offending text; an empty cell means "unknown" (null).
 */
public final class Cells {

    private final CSVRecord record;
    private final long line;

    public Cells(CSVRecord record, long line) {
        this.record = record;
        this.line = line;
    }

    /** The line number in the file, the header being line 1. */
    public long line() {
        return line;
    }

    /** The trimmed text of the column, or null when the cell is empty or the row is too short. */
    public String text(String column) {
        if (!record.isSet(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) throws BadRowException {
        String value = text(column);
        if (value == null) {
            throw new BadRowException("missing required field " + column);
        }
        return value;
    }

    public Long integer(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRowException(column + ": '" + value + "' is not a whole number");
        }
    }

    public Double decimal(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new BadRowException(column + ": '" + value + "' is not a number");
        }
    }

    public LocalDate date(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRowException(column + ": '" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    public ZonedDateTime timestamp(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : OffsetDateTime.parse(value).atZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRowException(column + ": '" + value + "' is not a timestamp (yyyy-MM-ddTHH:mm:ssZ)");
        }
    }

    public Boolean bool(String column) throws BadRowException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new BadRowException(column + ": '" + value + "' is not true or false");
    }

    /** The upper-cased value if it is one of {@code allowed}, null when empty. */
    public String oneOf(String column, List<String> allowed) throws BadRowException {
        String value = text(column);
        if (value == null || allowed.contains(value.toUpperCase())) {
            return value == null ? null : value.toUpperCase();
        }
        throw new BadRowException(column + ": '" + value + "' is not one of " + String.join(", ", allowed));
    }
}
