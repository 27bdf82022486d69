package com.clientele.hostile;

import java.util.List;
import java.util.Random;

/**
 * Documents whose shape is the attack: fragment cycles and bombs, alias floods (MAX_ALIASES), repeated, unknown and
 * misplaced directives, nesting past MAX_QUERY_DEPTH and past the parser's limits, token floods, several operations,
 * subscriptions. Each is refused with a classified error before anything runs.
 */
final class QueryShapes implements RequestSource {

    static final String[] REFUSALS = {"GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST",
        "BAD_USER_INPUT", "QUERY_TOO_DEEP", "QUERY_TOO_COSTLY"};

    private final StormKeys keys;
    private final KnownIds ids;
    private final DocumentFloods floods;

    QueryShapes(StormKeys keys, KnownIds ids) {
        this.keys = keys;
        this.ids = ids;
        this.floods = new DocumentFloods();
    }

    @Override
    public Family family() {
        return Family.QUERY_SHAPES;
    }

    @Override
    public HostileRequest next(Random random) {
        String customer = "\"" + KnownIds.pick(ids.customers(), random) + "\"";
        int count = 2 + random.nextInt(1_000);
        return switch (random.nextInt(14)) {
            case 0 -> refused("fragment cycle", "{ customer(id: " + customer + ") { ...A } } fragment A on Customer"
                    + " { id ...B } fragment B on Customer { name ...A }");
            case 1 -> refused("fragment spreading itself", "{ categories { ...C } } fragment C on Category { id"
                    + " children { ...C } }");
            case 2 -> refused("unknown fragment", "{ categories { ...Missing } }");
            case 3 -> refused("fragment on the wrong type", "{ categories { ...P } } fragment P on Product { id }");
            case 4 -> refused(count + " repeated @skip", "{ categories " + "@skip(if: false) ".repeat(count)
                    + "{ id } }");
            case 5 -> refused("directive with a wrong argument", "{ categories @include(if: \"yes\") { id } }");
            case 6 -> refused("unknown or misplaced directive", HttpFraming.pick(List.of(
                    "{ categories @storm { id } }", "{ categories @deprecated { id } }",
                    "query Q @skip(if: true) { categories { id } }", "{ categories @skip(if: $undefined) { id } }",
                    "{ categories @skip { id } }"), random));
            case 7 -> refused("conflicting aliases", "{ same: customer(id: " + customer + ") { id } same:"
                    + " customer(id: \"other\") { id } }");
            case 8 -> refused("nested " + (16 + count) + " levels", "{ categories { " + "children { "
                    .repeat(16 + count) + "id" + " }".repeat(16 + count) + " } }");
            case 9 -> refused("referral chain " + (8 + count / 10) + " deep", "{ customer(id: " + customer + ") { "
                    + "referredBy { referrer { ".repeat(8 + count / 10) + "id" + " } }".repeat(8 + count / 10)
                    + " } }");
            default -> floods.next(random, keys, this);
        };
    }

    HostileRequest refused(String description, String query) {
        return HostileRequest.graphql(family(), description + ": " + HostileRequest.abbreviated(query, 150),
                keys.reader(), query, Expectation.refused(REFUSALS));
    }

    HostileRequest anything(String description, String query) {
        return HostileRequest.graphql(family(), description + ": " + HostileRequest.abbreviated(query, 150),
                keys.reader(), query, Expectation.none());
    }
}
