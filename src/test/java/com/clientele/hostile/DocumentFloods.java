package com.clientele.hostile;

import java.util.Random;

/**
 * Documents that are big in one dimension: aliases past MAX_ALIASES, exponential fragment bombs, fragments that
 * nest past the depth limit, token and comment floods, many operations, unused variables, subscriptions.
 */
final class DocumentFloods {

    HostileRequest next(Random random, StormKeys keys, QueryShapes shapes) {
        int count = 101 + random.nextInt(3_000);
        return switch (random.nextInt(9)) {
            case 0 -> shapes.refused(count + " aliases of a list", "{ " + repeat(
                    "a%d: customers(first: 1) { totalCount } ", count) + "}");
            case 1 -> shapes.anything(count + " aliases of __typename", "{ " + repeat("t%d: __typename ", count)
                    + "}");
            case 2 -> shapes.refused("fragment bomb", bomb(10 + random.nextInt(25)));
            case 3 -> shapes.refused("fragments nesting 40 deep", nestedFragments());
            case 4 -> shapes.refused("token flood", "{ " + "__typename ".repeat(16_000 + random.nextInt(50_000))
                    + "}");
            case 5 -> shapes.anything("comment flood", "#".repeat(1 + random.nextInt(100_000)) + "\n{ __typename }");
            case 6 -> shapes.refused("several operations without operationName", "query A { __typename } query B"
                    + " { categories { id } } mutation C { revokeApiKey(input: {id: \"000000000000\"}) { apiKey"
                    + " { id } } }");
            case 7 -> shapes.refused(count + " unused variables", "query Q(" + repeat("$v%d: Int ", count)
                    + ") { __typename }");
            default -> shapes.refused("subscription", "subscription { customers { totalCount } }");
        };
    }

    private static String repeat(String template, int count) {
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < count; index++) {
            text.append(String.format(template, index));
        }
        return text.toString();
    }

    private static String bomb(int levels) {
        StringBuilder fragments = new StringBuilder("{ categories { ...F" + (levels - 1) + " } } fragment F0 on"
                + " Category { id name }");
        for (int level = 1; level < levels; level++) {
            fragments.append(" fragment F").append(level).append(" on Category { children { ...F").append(level - 1)
                    .append(" } parent { ...F").append(level - 1).append(" } }");
        }
        return fragments.toString();
    }

    private static String nestedFragments() {
        StringBuilder fragments = new StringBuilder("{ categories { ...N39 } } fragment N0 on Category { id }");
        for (int level = 1; level < 40; level++) {
            fragments.append(" fragment N").append(level).append(" on Category { children { ...N").append(level - 1)
                    .append(" } }");
        }
        return fragments.toString();
    }
}
