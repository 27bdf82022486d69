package com.clientele.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import graphql.introspection.IntrospectionQuery;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cost checked before a query runs (extensions.cost.requestedQueryCost) against what the query then answers
 * (actualQueryCost), on the seed graph: batches, lists and introspection cost what they answer, and the answer of a
 * query that costs more than MAX_QUERY_COST is never computed.
 */
@UsesDataset(SeedGraph.DATASET)
class QueryCostTest {

    private static final String BATCH = "query($ids: [ID!]!, $first: Int) { crossSellBatch(customerIds: $ids,"
            + " first: $first) { customerId recommendations { product { id } score } } }";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    private static List<String> seedIds(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(number -> String.format("C%06d", number)).toList();
    }

    private static JsonNode answer(String query, Map<String, Object> variables) {
        String body = ApiServer.write(Map.of("query", query, "variables", variables));
        return ApiServer.parse(api.post(body, Map.of("Content-Type", "application/json")).body());
    }

    private static long requested(JsonNode answer) {
        return answer.at("/extensions/cost/requestedQueryCost").asLong();
    }

    private static long actual(JsonNode answer) {
        return answer.at("/extensions/cost/actualQueryCost").asLong();
    }

    @Test
    void aBatchOfOneThousandCustomersIsChargedForEveryCustomer() {
        JsonNode answer = answer(BATCH, Map.of("ids", seedIds(1_000), "first", 10));
        assertEquals(1_000, answer.at("/data/crossSellBatch").size(), answer.at("/errors").toString());
        assertTrue(requested(answer) >= actual(answer), requested(answer) + " < " + actual(answer));
    }

    @Test
    void aBatchThatWouldAnswerMoreThanTheCeilingIsRefusedBeforeItRuns() {
        JsonNode answer = answer(BATCH, Map.of("ids", seedIds(300), "first", 100));
        assertEquals("QUERY_TOO_COSTLY", answer.at("/errors/0/extensions/code").asText(), answer.toString());
        assertTrue(answer.path("data").isMissingNode(), answer.toString());
        assertTrue(answer.at("/errors/0/message").asText().startsWith("the operation costs 90901 points; at most"
                + " 50000 are allowed"), answer.toString());
    }

    @Test
    void aConnectionUnderABatchIsChargedOncePerCustomer() {
        String query = "query($ids: [ID!]!) { crossSellBatch(customerIds: $ids, first: 1) { customer {"
                + " orders(first: 50) { nodes { id } } } } }";
        long one = requested(answer(query, Map.of("ids", seedIds(1))));
        long hundred = requested(answer(query, Map.of("ids", seedIds(100))));
        assertTrue(hundred >= 100 * (one - 1), "one id: " + one + ", a hundred ids: " + hundred);
    }

    @Test
    void eachAliasOfAConnectionIsCharged() {
        StringBuilder query = new StringBuilder("{ ");
        for (int alias = 0; alias < 20; alias++) {
            query.append("page").append(alias).append(": customers(first: 100) { nodes { id } } ");
        }
        long twenty = requested(answer(query.append("}").toString(), Map.of()));
        long one = requested(answer("{ customers(first: 100) { nodes { id } } }", Map.of()));
        assertEquals(20 * one, twenty);
    }

    @Test
    void aPageSizeFromAVariablesDefaultIsChargedLikeASentOne() {
        JsonNode defaulted = answer("query($n: Int = 100) { customers(first: $n) { nodes { id } } }", Map.of());
        assertEquals(100, defaulted.at("/data/customers/nodes").size());
        assertEquals(201, requested(defaulted));
    }

    @Test
    void everyValueOfAListArgumentCostsAPoint() {
        String query = "query($ids: [ID!]) { customers(first: 1, filter: {ids: $ids}) { totalCount } }";
        long one = requested(answer(query, Map.of("ids", seedIds(1))));
        long thousand = requested(answer(query, Map.of("ids", seedIds(1_000))));
        assertEquals(999, thousand - one);
    }

    @Test
    void aListArgumentOfMoreThanOneThousandValuesIsRefusedBeforeItRuns() {
        JsonNode answer = answer("query($ids: [ID!]) { customers(filter: {ids: $ids}) { totalCount } }",
                Map.of("ids", seedIds(1_001)));
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText(), answer.toString());
        assertEquals("`customers` argument `filter.ids` has 1001 values; at most 1000 are allowed. Nothing was"
                + " executed", answer.at("/errors/0/message").asText());
        assertTrue(answer.path("data").isMissingNode(), answer.toString());
    }

    @Test
    void aNameFilterLongerThanOneHundredCharactersIsRefusedBeforeItRuns() {
        for (String field : List.of("customers", "products")) {
            String query = "query($text: String) { " + field + "(filter: {nameContains: $text}) { totalCount } }";
            JsonNode huge = answer(query, Map.of("text", "a".repeat(950_000)));
            assertEquals("BAD_USER_INPUT", huge.at("/errors/0/extensions/code").asText(), huge.toString());
            assertEquals("`" + field + "` argument `filter.nameContains` has 950000 characters; at most 100 are"
                    + " allowed. Nothing was executed", huge.at("/errors/0/message").asText());
            assertTrue(huge.path("data").isMissingNode());
            assertEquals("BAD_USER_INPUT", answer(query, Map.of("text", "a".repeat(101)))
                    .at("/errors/0/extensions/code").asText());
            JsonNode longest = answer(query, Map.of("text", "a".repeat(100)));
            assertEquals(0, longest.at("/data/" + field + "/totalCount").asInt(), longest.toString());
        }
    }

    @Test
    void theListOfPlacesIsChargedForEveryPlaceOfTheTable() {
        for (String query : List.of("{ places { id name nameZh nameEn kind regionId aliases } }",
                "{ places(kind: CITY) { id } }", "{ regions: places(kind: REGION) { id } cities: places { name } }")) {
            JsonNode answer = answer(query, Map.of());
            assertTrue(answer.path("errors").isMissingNode(), answer.toString());
            assertTrue(requested(answer) >= actual(answer), query + ": " + requested(answer) + " < " + actual(answer));
        }
    }

    @Test
    void aRefusedOrderOfAThousandBadLinesIsChargedForEveryUserError() {
        List<Map<String, Object>> lines = IntStream.range(0, 1_000).mapToObj(index -> Map.<String, Object>of(
                "productId", "nowhere-" + index, "quantity", 0, "unitPrice", -1.0)).toList();
        JsonNode answer = answer("mutation($in: RecordOrderInput!) { recordOrder(input: $in) { order { id }"
                + " userErrors { code field message } } }", Map.of("in", Map.of("id", "cost-o-1", "customerId",
                "C000001", "orderedAt", "2025-06-01T00:00:00Z", "lines", lines)));
        assertEquals(3_000, answer.at("/data/recordOrder/userErrors").size(), answer.toString());
        assertTrue(requested(answer) >= actual(answer), requested(answer) + " < " + actual(answer));
    }

    @Test
    void introspectionCostsWhatItAnswersAndTheFullIntrospectionQueryIsAllowed() {
        JsonNode names = answer("{ __schema { types { name } } }", Map.of());
        assertTrue(2 * requested(names) >= actual(names), requested(names) + " vs " + actual(names));
        JsonNode full = answer(IntrospectionQuery.INTROSPECTION_QUERY, Map.of());
        assertTrue(full.path("errors").isMissingNode(), full.path("errors").toString());
        assertTrue(requested(full) >= actual(full), requested(full) + " vs " + actual(full));
        assertTrue(requested(full) <= 2 * actual(full), requested(full) + " vs " + actual(full));
    }
}
