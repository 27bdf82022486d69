package com.clientele.ingest;

import java.time.LocalDate;

/**
 * The bound checks of single values ({@link InputBounds}): each returns the value when it is within its bound and
 * throws a {@link BadRowException} naming the column, the code and the bound otherwise; null (unknown) passes.
 */
final class CellBounds {

    private static final int EXCERPT_LENGTH = 40;

    private CellBounds() {
    }

    /** The text without the spaces around it; control characters, white space or not, are kept. */
    static String withoutSurroundingSpaces(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isSpace(char character) {
        return Character.isWhitespace(character) && !Character.isISOControl(character);
    }

    /** Text of at most {@code maxLength} characters (Unicode code points) without control characters. */
    static String text(String column, String value, int maxLength) throws BadRowException {
        if (value == null) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new BadRowException(column, ProblemCode.TOO_LONG, column + ": at most " + maxLength
                    + " characters, was " + value.codePointCount(0, value.length()));
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRowException(column, ProblemCode.INVALID_VALUE,
                    column + ": control characters (such as NUL, tab or line breaks) are not allowed");
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}. */
    static Long within(String column, Long value, long min, long max) throws BadRowException {
        if (value != null && (value < min || value > max)) {
            throw outOfRange(column, InputBounds.shown(min) + " to " + InputBounds.shown(max), value.toString());
        }
        return value;
    }

    /** A year from {@code min} to {@code max}, the bounds written as years. */
    static Long year(String column, Long value, int min, int max) throws BadRowException {
        if (value != null && (value < min || value > max)) {
            throw outOfRange(column, min + " to " + max, value.toString());
        }
        return value;
    }

    /** A finite number from {@code min} to {@code max}. */
    static Double within(String column, Double value, double min, double max) throws BadRowException {
        if (value != null && !(value >= min && value <= max)) {
            throw outOfRange(column, InputBounds.shown(min) + " to " + InputBounds.shown(max), value.toString());
        }
        return value;
    }

    /** A date on or before {@code latest}. */
    static LocalDate notAfter(String column, LocalDate value, LocalDate latest) throws BadRowException {
        if (value != null && value.isAfter(latest)) {
            throw outOfRange(column, "today (" + latest + ") or earlier", value.toString());
        }
        return value;
    }

    static BadRowException outOfRange(String column, String bound, String value) {
        return new BadRowException(column, ProblemCode.OUT_OF_RANGE, column + " must be " + bound + ", was " + value);
    }

    /** At most the first 40 characters of a value, control characters shown as U+XXXX: safe to quote in a message. */
    static String excerpt(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(EXCERPT_LENGTH).forEach(codePoint -> shown.append(Character.isISOControl(codePoint)
                ? String.format("U+%04X", codePoint) : new String(Character.toChars(codePoint))));
        return value.codePointCount(0, value.length()) > EXCERPT_LENGTH ? shown + "…" : shown.toString();
    }
}
