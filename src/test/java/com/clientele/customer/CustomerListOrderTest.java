package com.clientele.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.ModelledSeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customer lists read a page in the order of the sort key's index and append the customers without a value once
 * those with one run out. Paging through whole lists over HTTP must give exactly the order computed by hand from
 * every customer's stored properties: the key in the direction asked, ties by id in the same direction, customers
 * without a value last in both directions, and a total equal to the number of matches.
 */
@UsesDataset(ModelledSeedGraph.DATASET)
class CustomerListOrderTest {

    private static final String CUSTOMERS = """
            query($first: Int, $after: String, $f: CustomerFilter, $o: CustomerOrder) {
              customers(first: $first, after: $after, filter: $f, orderBy: $o) {
                totalCount nodes { id } pageInfo { hasNextPage endCursor } } }""";
    private static final String MEMBERS = """
            query($first: Int, $after: String, $class: String!, $o: SegmentMemberOrder) {
              segment(dimension: RFM_SEGMENT, className: $class) { members(first: $first, after: $after, orderBy: $o) {
                totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }""";
    private static final String BY_CLV = """
            query($first: Int, $after: String, $risks: [ChurnRisk!], $o: ClvSortField, $d: SortDirection) {
              customersByClv(first: $first, after: $after, churnRisks: $risks, orderBy: $o, direction: $d) {
                totalCount nodes { id } pageInfo { hasNextPage endCursor } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static List<Map<String, Object>> everyone;

    @BeforeAll
    static void readEveryCustomersSortKeys() {
        Graph graph = ModelledSeedGraph.load();
        everyone = graph.read("test-support/customer-sort-keys", Map.of(), row -> row.asMap());
    }

    @Test
    void everyCustomerSortKeyPagesThroughAllCustomersInOrderWithUnknownValuesLast() {
        Map<String, String> properties = Map.of("ID", "id", "NAME", "name", "SIGNUP_DATE", "signupDate",
                "BIRTH_YEAR", "birthYear");
        properties.forEach((field, property) -> {
            for (String direction : List.of("ASC", "DESC")) {
                Map<String, Object> variables = Map.of("o", Map.of("field", field, "direction", direction));
                assertEquals(byHand(row -> true, property, direction), pagedIds(CUSTOMERS, variables, "customers"),
                        field + " " + direction);
            }
        });
    }

    @Test
    void aFilteredListKeepsTheOrderAndCountsOnlyTheMatches() {
        Map<String, Object> filter = Map.of("regions", List.of("CN-GD"), "genders", List.of("FEMALE"));
        Map<String, Object> variables = Map.of("f", filter, "o", Map.of("field", "BIRTH_YEAR", "direction", "DESC"));
        List<String> expected = byHand(row -> "CN-GD".equals(row.get("regionId"))
                && "FEMALE".equals(row.get("gender")), "birthYear", "DESC");
        assertEquals(expected, pagedIds(CUSTOMERS, variables, "customers"));
        assertEquals(expected.size(), api.graphql(CUSTOMERS, variables).at("/data/customers/totalCount").asInt());
    }

    @Test
    void aPageBeyondTheLastCustomerWithAValueStartsInsideTheCustomersWithout() {
        List<String> expected = byHand(row -> true, "birthYear", "ASC");
        int position = expected.size() - 10;
        Map<String, Object> variables = Map.of("first", 5, "after", PageRequest.cursorAt(position - 1),
                "o", Map.of("field", "BIRTH_YEAR", "direction", "ASC"));
        JsonNode page = api.graphql(CUSTOMERS, variables).at("/data/customers");
        List<String> ids = new ArrayList<>();
        page.at("/nodes").forEach(node -> ids.add(node.get("id").asText()));
        assertEquals(expected.subList(position, position + 5), ids);
        assertEquals(true, page.at("/pageInfo/hasNextPage").asBoolean());
    }

    @Test
    void segmentMembersFollowEachSortKeyWithinTheClass() {
        String className = "LOYAL";
        Map<String, String> properties = Map.of("MONETARY", "monetary", "RECENCY", "recencyDays",
                "FREQUENCY", "orderCount", "CLV", "predictedClv", "NAME", "name", "ID", "id");
        properties.forEach((field, property) -> {
            for (String direction : List.of("ASC", "DESC")) {
                Map<String, Object> variables = Map.of("class", className,
                        "o", Map.of("field", field, "direction", direction));
                assertEquals(byHand(row -> className.equals(row.get("rfmSegment")), property, direction),
                        pagedIds(MEMBERS, variables, "segment/members"), field + " " + direction);
            }
        });
    }

    @Test
    void customersByClvFollowThePredictionWithCustomersWithoutOneLast() {
        List<String> risks = List.of("HIGH", "MEDIUM");
        for (String field : List.of("PREDICTED_VALUE", "PROBABILITY_ALIVE")) {
            String property = field.equals("PREDICTED_VALUE") ? "predictedClv" : "probabilityAlive";
            for (String direction : List.of("ASC", "DESC")) {
                Map<String, Object> variables = Map.of("risks", risks, "o", field, "d", direction);
                assertEquals(byHand(row -> risks.contains(row.get("churnRisk")), property, direction),
                        pagedIds(BY_CLV, variables, "customersByClv"), field + " " + direction);
            }
        }
    }

    private static List<String> byHand(Predicate<Map<String, Object>> matches, String property, String direction) {
        Comparator<Map<String, Object>> byKey = Comparator.comparing(row -> comparable(row.get(property)));
        Comparator<Map<String, Object>> byId = Comparator.comparing(row -> (String) row.get("id"));
        Comparator<Map<String, Object>> inDirection = byKey.thenComparing(byId);
        if (direction.equals("DESC")) {
            inDirection = inDirection.reversed();
        }
        Comparator<Map<String, Object>> missingLast = Comparator.comparing(row -> row.get(property) == null);
        return everyone.stream().filter(matches).sorted(missingLast.thenComparing(inDirection))
                .map(row -> (String) row.get("id")).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable<Object> comparable(Object value) {
        return value == null ? other -> 0 : (Comparable) value;
    }

    private static List<String> pagedIds(String query, Map<String, Object> variables, String path) {
        List<String> ids = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> pageVariables = new HashMap<>(variables);
            pageVariables.put("first", 100);
            pageVariables.put("after", after);
            JsonNode page = api.graphql(query, pageVariables).at("/data/" + path);
            page.at("/nodes").forEach(node -> ids.add(node.get("id").asText()));
            more = page.at("/pageInfo/hasNextPage").asBoolean();
            after = page.at("/pageInfo/endCursor").asText();
        }
        return ids;
    }
}
