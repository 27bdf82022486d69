package com.clientele.hostile;

import com.clientele.graphql.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every paged list with an {@code after} the API never handed out: offsets near Integer.MAX_VALUE, negative or far
 * past the end, malformed offsets, random base64 and text that is not base64 (issue 12 point 8: BAD_USER_INPUT, or
 * an empty last page for a well-formed offset past the end).
 */
final class TamperedCursors implements RequestSource {

    private static final String PAGE = "pageInfo { hasNextPage endCursor } nodes { __typename }";
    private static final List<String> OFFSETS = List.of("2147483646", "2147483647", "2147483645", "2147483600",
            "-1", "-2147483648", "2147483648", "99999999999999999999", "", "1e3", "0x10", " 1", "1 ", "+2147483647",
            "5\u0000", "9".repeat(5_000), "100000", "1000000000");

    private final KnownIds ids;
    private final StormKeys keys;
    private final List<String> classNames;

    TamperedCursors(KnownIds ids, StormKeys keys, SchemaModel schema) {
        this.ids = ids;
        this.keys = keys;
        this.classNames = schema.enumValuesOf(List.of("ValueTier"));
    }

    @Override
    public Family family() {
        return Family.CURSORS;
    }

    @Override
    public HostileRequest next(Random random) {
        String cursor = cursor(random);
        String first = random.nextInt(5) == 0 ? HttpFraming.pick(List.of("0", "2147483647", "-1", "100"), random)
                : Integer.toString(1 + random.nextInt(5));
        boolean asVariable = random.nextBoolean();
        String after = asVariable ? "$after" : GraphQLValues.literal(cursor);
        String list = switch (random.nextInt(7)) {
            case 0 -> "customers(first: " + first + ", after: " + after + ") { totalCount " + PAGE + " }";
            case 1 -> "products(first: " + first + ", after: " + after + ") { " + PAGE + " }";
            case 2 -> "customersByClv(first: " + first + ", after: " + after + ") { " + PAGE + " }";
            case 3 -> "topReferrers(first: " + first + ", after: " + after + ") { " + PAGE + " }";
            case 4 -> "segment(dimension: VALUE_TIER, className: \"" + classNames.get(random.nextInt(
                    classNames.size())) + "\") { members(first: " + first + ", after: " + after + ") { " + PAGE
                    + " } }";
            case 5 -> "customer(id: \"" + KnownIds.pick(ids.customers(), random) + "\") { orders(first: " + first
                    + ", after: " + after + ") { " + PAGE + " } referrals(first: " + first + ", after: " + after
                    + ") { " + PAGE + " } }";
            default -> "segmentTransitions(dimension: VALUE_TIER, first: " + first + ", after: " + after + ") {"
                    + " customers { " + PAGE + " } }";
        };
        String query = (asVariable ? "query Storm($after: String) { " : "{ ") + list + " }";
        Map<String, Object> variables = asVariable ? Map.of("after", cursor) : Map.of();
        return HostileRequest.graphql(family(), "after " + HostileRequest.abbreviated(cursor, 60) + " in "
                + HostileRequest.abbreviated(list, 70), keys.anyValid(random), query, variables,
                DataExpectations.badCursor());
    }

    private static String cursor(Random random) {
        int pick = random.nextInt(8);
        if (pick < 4) {
            return base64("offset:" + OFFSETS.get(random.nextInt(OFFSETS.size())));
        }
        if (pick == 4) {
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            return random.nextBoolean() ? Base64.getEncoder().encodeToString(bytes)
                    : Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        if (pick == 5) {
            return HttpFraming.pick(List.of("!!!***", "offset:5", " " + PageRequest.cursorAt(1),
                    "b2Zm c2V0OjE=", base64(base64("offset:1")), "OFFSET:1", base64("Offset:1"), base64("cursor:1"),
                    "=", "===="), random);
        }
        if (pick == 6) {
            return base64("offset:1") + "@" + HostileStrings.any(random);
        }
        return "A".repeat(1 + random.nextInt(100_000));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
