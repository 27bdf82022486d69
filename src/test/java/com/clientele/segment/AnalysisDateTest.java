package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every customer's classes hold as of one analysis date: a write's incremental refresh classifies the customer as
 * of the last full refresh's date, like everyone else, and the customer says which orders that leaves uncounted.
 */
@UsesDataset(value = SeedGraph.DATASET, changesGraph = true)
class AnalysisDateTest {

    private static final String CUSTOMER = """
            query($id: ID!) { customer(id: $id) { classes { classifiedAsOf ordersAfterAnalysisDate }
              metrics { orderCount lastOrderDate } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    @AfterAll
    static void theGraphWasChanged() {
        TestNeo4j.get().forget();
    }

    @Test
    void anOrderRecordedTodayLeavesEveryCustomerClassifiedAsOfTheLastFullRefresh() {
        JsonNode before = data("query($id: ID!) { customer(id: $id) { metrics { orderCount lastOrderDate } } }",
                Map.of("id", "C000002")).get("customer");
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusMinutes(1).toString();
        JsonNode recorded = data("""
                mutation($input: RecordOrderInput!) { recordOrder(input: $input) { order { id } userErrors { message } } }""",
                Map.of("input", Map.of("id", "O-TODAY-1", "customerId", "C000002", "orderedAt", now, "channel", "ONLINE",
                        "lines", List.of(Map.of("productId", "P0001", "quantity", 1, "unitPrice", 3609.0)))));
        assertEquals(ApiServer.parse("{\"recordOrder\":{\"order\":{\"id\":\"O-TODAY-1\"},\"userErrors\":[]}}"), recorded);
        assertEquals(ApiServer.parse("{\"refreshes\":[{\"kind\":\"INCREMENTAL\",\"asOf\":\"2026-01-01\"}]}"),
                data("{ refreshes(first: 1) { kind asOf } }", Map.of()));
        assertEquals(List.of(Map.of("asOf", SeedGraph.AS_OF, "customers", 2_000L)),
                SeedGraph.load().read("test-support/classified-as-of-dates", Map.of(), row -> row.asMap()));
        assertEquals(ApiServer.parse("""
                {"customer":{"classes":{"classifiedAsOf":"2026-01-01","ordersAfterAnalysisDate":1},"metrics":%s}}"""
                .formatted(before.get("metrics"))), data(CUSTOMER, Map.of("id", "C000002")));
    }

    private static JsonNode data(String query, Map<String, Object> variables) {
        JsonNode body = api.graphql(query, variables);
        assertNull(body.get("errors"), body::toString);
        return body.get("data");
    }
}
