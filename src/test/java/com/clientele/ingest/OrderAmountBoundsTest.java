package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Amounts that do not fit: an order worth Infinity is refused before anything is written, and an amount that is
 * already stored as Infinity or NaN (planted by test-only Cypher, as a legacy store could hold it) never turns a
 * read into a 5xx.
 */
class OrderAmountBoundsTest {

    private static final String READS = "{ segments(dimension: VALUE_TIER) { className kpis { revenue } }"
            + " customer(id: \"c1\") { id orders { nodes { id total lines { unitPrice amount } } } } }";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    private static Graph graph;

    @BeforeAll
    static void start() {
        graph = TestNeo4j.get().empty();
        written(WriteMutationsTest.CATEGORY, "upsertCategory", Map.of("id", "home", "name", "Home"));
        written(WriteMutationsTest.PRODUCT, "upsertProduct", Map.of("id", "p1", "name", "Kettle",
                "categoryId", "home", "price", 30.0));
        written(WriteMutationsTest.CUSTOMER, "upsertCustomer", WriteMutationsTest.customer("c1"));
        written(WriteMutationsTest.ORDER, "recordOrder", WriteMutationsTest.order("o1",
                List.of(WriteMutationsTest.line("p1", 2, 30.0))));
    }

    private static void written(String mutation, String field, Map<String, Object> input) {
        JsonNode response = api.graphql(mutation, Map.of("input", input));
        assertEquals(0, response.at("/data/" + field + "/userErrors").size(), response.toString());
    }

    private static HttpResponse<String> post(String query, Map<String, Object> variables) {
        return api.post(ApiServer.write(Map.of("query", query, "variables", variables)),
                Map.of("Content-Type", "application/json"));
    }

    @Test
    void anOrderWorthInfinityIsRefusedWithUserErrorsAndReadsKeepWorking() {
        DomainFingerprint before = DomainFingerprint.of(graph);
        HttpResponse<String> answer = post(WriteMutationsTest.ORDER, Map.of("input", WriteMutationsTest.order("huge",
                List.of(Map.of("productId", "p1", "quantity", 2147483647, "unitPrice", 1.7976931348623157e308)))));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode payload = ApiServer.parse(answer.body()).at("/data/recordOrder");
        assertEquals(ApiServer.parse("""
                [{"field":["input","lines","0","quantity"],"code":"OUT_OF_RANGE"},
                 {"field":["input","lines","0","unitPrice"],"code":"OUT_OF_RANGE"}]"""), withoutMessages(payload));
        assertEquals(before.data(), DomainFingerprint.of(graph).data(), "a refused order changed the graph");
        HttpResponse<String> reads = post(READS, Map.of());
        assertEquals(200, reads.statusCode(), reads.body());
        assertTrue(ApiServer.parse(reads.body()).path("errors").isMissingNode(), reads.body());
    }

    @Test
    void anOrderWhoseLinesAreInBoundsButWhoseTotalIsNotIsRefused() {
        DomainFingerprint before = DomainFingerprint.of(graph);
        JsonNode payload = api.graphql(WriteMutationsTest.ORDER, Map.of("input", WriteMutationsTest.order("big",
                List.of(WriteMutationsTest.line("p1", 1_000_000, 9_000_000.0),
                        WriteMutationsTest.line("p1", 1_000_000, 9_000_000.0))))).at("/data/recordOrder");
        assertEquals(ApiServer.parse("[{\"field\":[\"input\",\"lines\"],\"code\":\"OUT_OF_RANGE\"}]"),
                withoutMessages(payload));
        assertEquals(before.data(), DomainFingerprint.of(graph).data(), "a refused order changed the graph");
    }

    @Test
    void aStoredAmountThatIsNotFiniteAnswersAClassifiedErrorAndOtherReadsKeepWorking() {
        written(WriteMutationsTest.CUSTOMER, "upsertCustomer", WriteMutationsTest.customer("c2"));
        Map<String, Object> order = new java.util.HashMap<>(WriteMutationsTest.order("o2",
                List.of(WriteMutationsTest.line("p1", 1, 30.0))));
        order.put("customerId", "c2");
        written(WriteMutationsTest.ORDER, "recordOrder", order);
        try {
            for (double amount : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
                graph.write("test-support/plant-amount", Map.of("customerId", "c2", "orderId", "o2",
                        "amount", amount));
                assertClassifiedStoredValueError("{ customer(id: \"c2\") { id orders { nodes { id total } } } }");
                assertClassifiedStoredValueError("{ order(id: \"o2\") { id lines { unitPrice amount } } }");
                assertClassifiedStoredValueError("{ segments(dimension: VALUE_TIER) { kpis { revenue } } }");
                assertEquals(ApiServer.parse("{\"data\":{\"order\":{\"id\":\"o1\",\"total\":54.0}}}"),
                        api.graphql("{ order(id: \"o1\") { id total } }"));
                HttpResponse<String> refreshed = post("mutation { refreshSegments(input: {customerIds: [\"c2\"]})"
                        + " { refresh { status } userErrors { code } } }", Map.of());
                assertEquals(200, refreshed.statusCode(), refreshed.body());
                assertTrue(!refreshed.body().contains("INTERNAL"), refreshed.body());
            }
        } finally {
            written(WriteMutationsTest.ORDER, "recordOrder", order);
        }
    }

    private static void assertClassifiedStoredValueError(String query) {
        HttpResponse<String> answer = post(query, Map.of());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode errors = ApiServer.parse(answer.body()).path("errors");
        assertTrue(errors.size() > 0, answer.body());
        errors.forEach(error -> {
            assertEquals("INVALID_STORED_VALUE", error.at("/extensions/code").asText(), answer.body());
            assertEquals("INVALID_STORED_VALUE", error.at("/extensions/classification").asText(), answer.body());
            assertTrue(error.path("message").asText().contains("cannot be shown"), answer.body());
        });
    }

    private static JsonNode withoutMessages(JsonNode payload) {
        assertTrue(payload.path("order").isNull(), payload.toString());
        JsonNode errors = payload.get("userErrors").deepCopy();
        errors.forEach(error -> {
            assertTrue(error.path("message").asText().length() > 10, error.toString());
            ((com.fasterxml.jackson.databind.node.ObjectNode) error).remove("message");
        });
        return errors;
    }
}
