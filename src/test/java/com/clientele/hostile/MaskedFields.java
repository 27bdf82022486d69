package com.clientele.hostile;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A READER key reaching personal data another way than reading the field (issue 12 point 4): sorting by NAME or
 * BIRTH_YEAR, filtering by name or age band (FORBIDDEN), and reading the derived age band or the personal fields
 * through every path that leads to a customer (null). Sorting by ID stays allowed.
 */
final class MaskedFields implements RequestSource {

    private static final String PERSONAL = " personal_name: name personal_email: email personal_birthYear: birthYear"
            + " personal_ageBand: ageBand ";

    private final KnownIds ids;
    private final StormKeys keys;
    private final List<String> ageBands;

    MaskedFields(KnownIds ids, StormKeys keys, SchemaModel schema) {
        this.ids = ids;
        this.keys = keys;
        this.ageBands = schema.enumValuesOf(List.of("AgeBand"));
    }

    @Override
    public Family family() {
        return Family.ROLES;
    }

    @Override
    public HostileRequest next(Random random) {
        String field = random.nextBoolean() ? "NAME" : "BIRTH_YEAR";
        String direction = random.nextBoolean() ? "ASC" : "DESC";
        String band = ageBands.get(random.nextInt(ageBands.size()));
        String letters = HttpFraming.pick(List.of("a", "Li", "王", "刘", "e", "z"), random);
        String customer = "\"" + KnownIds.pick(ids.customers(), random) + "\"";
        return switch (random.nextInt(9)) {
            case 0 -> forbidden("READER sorts by " + field, "{ c: customers(first: 5, orderBy: {field: " + field
                    + ", direction: " + direction + "}) { nodes { id } } }", Map.of());
            case 1 -> forbidden("READER sorts by " + field + " in a variable", "query Storm($order: CustomerOrder) {"
                    + " customers(first: 5, orderBy: $order) { nodes { id } } }", Map.of("order", Map.of("field",
                    field, "direction", direction)));
            case 2 -> forbidden("READER filters by nameContains '" + letters + "'", "{ customers(filter:"
                    + " {nameContains: \"" + letters + "\"}) { totalCount } }", Map.of());
            case 3 -> forbidden("READER filters by age band " + band, "query Storm($bands: [AgeBand!]) {"
                    + " customers(filter: {ageBands: $bands}) { totalCount } }", Map.of("bands", List.of(band)));
            case 4 -> hidden("READER reads a customer's personal fields", "{ customer(id: " + customer + ") { id"
                    + PERSONAL + "} }");
            case 5 -> hidden("READER reads personal fields of top referrers", "{ topReferrers(first: 5) { nodes { id"
                    + PERSONAL + "} } }");
            case 6 -> hidden("READER reads personal fields of segment members", "{ segment(dimension: VALUE_TIER,"
                    + " className: \"HIGH\") { members(first: 5) { nodes { id" + PERSONAL + "} } } }");
            case 7 -> hidden("READER reads personal fields through an order", "{ order(id: \"" + KnownIds.pick(
                    ids.orders(), random) + "\") { customer {" + PERSONAL + "referredBy { referrer {" + PERSONAL
                    + "} } } } }");
            default -> graphql("READER sorts by ID (allowed)", keys.reader(),
                    "{ customers(first: 3, orderBy: {field: ID, direction: " + direction + "}) { nodes { id } } }",
                    Expectation.answered());
        };
    }

    private HostileRequest forbidden(String description, String query, Map<String, Object> variables) {
        return graphql(description, keys.reader(), query, variables, Expectation.refused("FORBIDDEN"));
    }

    private HostileRequest hidden(String description, String query) {
        return graphql(description, keys.reader(), query, DataExpectations.personalHidden());
    }
}
