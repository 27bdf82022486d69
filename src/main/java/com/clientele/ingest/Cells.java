package com.clientele.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVRecord;

/**
 * The cells of one row, read by column name and parsed into the model's types: a CSV row, or a mutation's input
 * given as column → text (a batch of one). Every parser throws a {@link BadRowException} naming the column, a
 * {@link ProblemCode} and the offending text; an empty cell means "unknown" (null).
 */
public final class Cells {

    private final UnaryOperator<String> raw;
    private final long line;

    public Cells(CSVRecord record, long line) {
        this(column -> record.isSet(column) ? record.get(column) : null, line);
    }

    private Cells(UnaryOperator<String> raw, long line) {
        this.raw = raw;
        this.line = line;
    }

    /** The cells of one input that is not a file (a mutation's input): column name → text, absent means empty. */
    public static Cells of(Map<String, String> values) {
        return new Cells(values::get, 1);
    }

    /** The line number in the file, the header being line 1. */
    public long line() {
        return line;
    }

    /**
     * The text of the column without surrounding spaces, or null when the cell is empty or the row is too short.
     * Control characters are kept, even those Java counts as white space (tab, line breaks, U+001C to U+001F), so
     * the bound checks see and refuse them rather than a leading one being trimmed away.
     */
    public String text(String column) {
        String cell = raw.apply(column);
        if (cell == null) {
            return null;
        }
        String value = CellBounds.withoutSurroundingSpaces(cell);
        return value.isEmpty() ? null : value;
    }

    /** A required external id: not empty, at most {@link InputBounds#MAX_ID_LENGTH} characters, no control chars. */
    public String id(String column) throws BadRowException {
        return validId(column, required(column));
    }

    /** An optional external id (null when empty), with the rules of {@link #id}. */
    public String optionalId(String column) throws BadRowException {
        String value = text(column);
        return value == null ? null : validId(column, value);
    }

    private static String validId(String column, String value) throws BadRowException {
        return CellBounds.text(column, value, InputBounds.MAX_ID_LENGTH);
    }

    public String required(String column) throws BadRowException {
        String value = text(column);
        if (value == null) {
            throw new BadRowException(column, ProblemCode.REQUIRED, "missing required field " + column);
        }
        return value;
    }

    public Long integer(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                    column + ": '" + CellBounds.excerpt(value) + "' is not a whole number");
        }
    }

    /** A finite decimal number: "NaN", "Infinity" and numbers too large for a double are refused. */
    public Double decimal(String column) throws BadRowException {
        String value = text(column);
        try {
            Double parsed = value == null ? null : Double.valueOf(value);
            if (parsed != null && !Double.isFinite(parsed)) {
                throw new NumberFormatException("not finite");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                    column + ": '" + CellBounds.excerpt(value) + "' is not a finite number");
        }
    }

    public LocalDate date(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                    column + ": '" + CellBounds.excerpt(value) + "' is not a date (yyyy-MM-dd)");
        }
    }

    public ZonedDateTime timestamp(String column) throws BadRowException {
        String value = text(column);
        try {
            return value == null ? null : OffsetDateTime.parse(value).atZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                    column + ": '" + CellBounds.excerpt(value) + "' is not a timestamp (yyyy-MM-ddTHH:mm:ssZ)");
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
        throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                column + ": '" + CellBounds.excerpt(value) + "' is not true or false");
    }

    /** The upper-cased value if it is one of {@code allowed}, null when empty. */
    public String oneOf(String column, List<String> allowed) throws BadRowException {
        String value = text(column);
        if (value == null || allowed.contains(value.toUpperCase())) {
            return value == null ? null : value.toUpperCase();
        }
        throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                column + ": '" + CellBounds.excerpt(value) + "' is not one of " + String.join(", ", allowed));
    }
}
