package com.clientele.ingest;

import static com.clientele.ingest.InputBounds.shown;

import java.util.List;

/**
 * The table "Bounds of every input" of docs/api.md, built from {@link InputBounds}: one row per input field of the
 * write mutations and the matching column of the CSV import, with the bound and the code of a value outside it.
 * {@code BoundsDocumentationTest} fails when the page and this table disagree, and prints the table to paste.
 */
public final class BoundsTable {

    private static final String TEXT = "no control characters (NUL, tab, line breaks...)";

    private record Row(String field, String column, String bound, String codes) {
    }

    private BoundsTable() {
    }

    private static List<Row> rows() {
        return List.of(
                new Row("every `id`, `customerId`, `productId`, `categoryId`, `parentId`", "every id column",
                        "1 to " + InputBounds.MAX_ID_LENGTH + " characters, " + TEXT + "; `parentId` optional",
                        "`REQUIRED`, `TOO_LONG`, `INVALID_VALUE`"),
                new Row("`upsertCustomer.name`", "customers.csv `name`", text(InputBounds.MAX_NAME_LENGTH),
                        "`TOO_LONG`, `INVALID_VALUE`"),
                new Row("`upsertCustomer.email`", "customers.csv `email`", text(InputBounds.MAX_EMAIL_LENGTH),
                        "`TOO_LONG`, `INVALID_VALUE`"),
                new Row("`upsertCustomer.occupation`, `region`, `city`, `country`", "customers.csv `occupation`, "
                        + "`region`, `city`, `country`", text(InputBounds.MAX_TEXT_LENGTH),
                        "`TOO_LONG`, `INVALID_VALUE`"),
                new Row("`upsertCustomer.gender`, `incomeBand`, `preferredChannel`", "customers.csv `gender`, "
                        + "`income_band`, `preferred_channel`", "one of the enum's values (any case in a file)",
                        "`BAD_USER_INPUT` (GraphQL); `INVALID_VALUE` (file)"),
                new Row("`upsertCustomer.birthYear`", "customers.csv `birth_year`", "from the current year (UTC) − "
                        + InputBounds.MAX_AGE_YEARS + " to the current year", "`OUT_OF_RANGE`"),
                new Row("`upsertCustomer.signupDate`", "customers.csv `signup_date`", "today (UTC) or earlier",
                        "`OUT_OF_RANGE`"),
                new Row("`upsertProduct.name`, `nameZh`; `upsertCategory.name`, `nameZh`", "products.csv and "
                        + "categories.csv `name`, `name_zh`", "`name` required; " + text(InputBounds.MAX_NAME_LENGTH),
                        "`REQUIRED`, `TOO_LONG`, `INVALID_VALUE`"),
                new Row("`upsertProduct.price`", "products.csv `price`", "optional; from 0 to "
                        + shown(InputBounds.MAX_UNIT_PRICE) + ", finite", "`OUT_OF_RANGE`, `INVALID_VALUE`"),
                new Row("`upsertCategory.parentId`", "categories.csv `parent_id`", "an existing category (or one "
                        + "listed above in the file), not the category itself", "`UNKNOWN_CATEGORY`, `INVALID_VALUE`"),
                new Row("`recordOrder.orderedAt`", "orders.csv `ordered_at`", "required; at most "
                        + InputBounds.MAX_ORDER_AHEAD.toHours() + " hours after now; not on a day (UTC) before the "
                        + "customer's sign-up date", "`REQUIRED`, `OUT_OF_RANGE`, `ORDER_BEFORE_SIGNUP`"),
                new Row("`recordOrder.discount`", "orders.csv `discount`", "optional (0); at least 0 and below 1",
                        "`OUT_OF_RANGE`"),
                new Row("`recordOrder.lines`", "the order_lines.csv rows of one order", "1 to "
                        + shown(InputBounds.MAX_ORDER_LINES) + " lines (`line` from 1 to "
                        + shown(InputBounds.MAX_ORDER_LINES) + " in a file)", "`REQUIRED`, `OUT_OF_RANGE`"),
                new Row("`recordOrder.lines[].quantity`", "order_lines.csv `quantity`", "from 1 to "
                        + shown(InputBounds.MAX_QUANTITY), "`NEGATIVE_QUANTITY` (below 0), `OUT_OF_RANGE`"),
                new Row("`recordOrder.lines[].unitPrice`", "order_lines.csv `unit_price`", "from 0 to "
                        + shown(InputBounds.MAX_UNIT_PRICE) + ", finite", "`OUT_OF_RANGE`, `INVALID_VALUE`"),
                new Row("the order's total (field `[\"input\", \"lines\"]`)", "the line or order row that would "
                        + "raise it", "Σ quantity × unitPrice × (1 − discount) at most "
                        + shown(InputBounds.MAX_ORDER_TOTAL), "`OUT_OF_RANGE`"),
                new Row("(import only)", "referrals.csv `referrer_id`, `referred_id`", "existing customers, not "
                        + "the same, referred once, no cycle", "`UNKNOWN_CUSTOMER`, `SELF_REFERRAL`, "
                        + "`ALREADY_REFERRED`, `CYCLE`"));
    }

    private static String text(int maxLength) {
        return "at most " + shown(maxLength) + " characters, " + TEXT;
    }

    /** The Markdown table, one line per row, ending with a line break. */
    public static String markdown() {
        StringBuilder table = new StringBuilder("| mutation input field | import column | bound | code outside it |\n"
                + "|---|---|---|---|\n");
        rows().forEach(row -> table.append("| ").append(row.field()).append(" | ").append(row.column())
                .append(" | ").append(row.bound()).append(" | ").append(row.codes()).append(" |\n"));
        return table.toString();
    }
}
