package com.clientele.ingest;

import java.time.Duration;

/**
 * The bounds of every value a write accepts, one set for the write mutations and the CSV import alike (both parse
 * through the tables of this package). docs/api.md "Bounds of every input" is generated from {@link BoundsTable},
 * which quotes these constants; a test keeps the page in step.
 */
public final class InputBounds {

    /** The longest external id (customers, products, categories, orders). */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest name (customer, product, category; English or Chinese). */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest e-mail address (RFC 5321's path limit). */
    public static final int MAX_EMAIL_LENGTH = 254;
    /** The longest free text (occupation, region, city, country). */
    public static final int MAX_TEXT_LENGTH = 200;
    /** How many years before the current year a birth year may lie. */
    public static final int MAX_AGE_YEARS = 120;
    /** The most units of one order line. */
    public static final long MAX_QUANTITY = 1_000_000;
    /** The highest unit price of an order line, and the highest product price. */
    public static final double MAX_UNIT_PRICE = 10_000_000;
    /** The highest order total (the lines' amounts less the discount). */
    public static final double MAX_ORDER_TOTAL = 1e12;
    /** The most lines of one order (and the highest line number). */
    public static final int MAX_ORDER_LINES = 1_000;
    /** How far in the future an order may be placed, for clocks that run a little ahead. */
    public static final Duration MAX_ORDER_AHEAD = Duration.ofDays(1);

    private InputBounds() {
    }

    /**
     * A bound as the messages and docs show it: without decimals, thousands separated ({@code 1,000,000}), powers of
     * ten from 10^12 on ({@code 1e12}). Years are shown as they are written ({@link CellBounds#year}).
     */
    public static String shown(double value) {
        if (Math.abs(value) >= 1e12) {
            return String.format(java.util.Locale.ROOT, "%.0e", value).replace("e+", "e");
        }
        return String.format(java.util.Locale.ROOT, "%,.0f", value);
    }
}
