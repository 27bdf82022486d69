package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cross-sell fields over HTTP with the production wiring, on the seed graph. */
@UsesDataset(SeedGraph.DATASET)
class CrossSellGraphQLTest {

    private static ApiServer api;

    @BeforeAll
    static void start() {
        SeedGraph.load();
        api = ApiServer.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aCustomersCrossSellCarriesProductScoreCategoryAndReason() {
        JsonNode body = api.graphql("""
                { customer(id: "C000011") { crossSell(first: 3) { product { id } score category { id }
                  reasonKind reason becauseOf { id } } } }""");
        JsonNode list = body.at("/data/customer/crossSell");
        assertEquals(3, list.size(), body.toString());
        for (JsonNode r : list) {
            assertTrue(r.get("score").asDouble() > 0);
            assertTrue(r.get("reason").asText().startsWith("bought with "), r.toString());
            assertEquals("BOUGHT_WITH", r.get("reasonKind").asText());
            assertTrue(r.get("becauseOf").size() >= 1);
            assertTrue(r.at("/category/id").asText().contains("."), r.toString());
        }
    }

    @Test
    void aBatchAnswersInTheOrderAskedWithANullCustomerForAnUnknownId() {
        JsonNode body = api.graphql("""
                query($ids: [ID!]!) { crossSellBatch(customerIds: $ids, first: 2) {
                  customerId customer { id } recommendations { product { id } } } }""",
                Map.of("ids", List.of("C000002", "NOPE", "C000001")));
        JsonNode batch = body.at("/data/crossSellBatch");
        assertEquals(List.of("C000002", "NOPE", "C000001"), List.of(batch.get(0).get("customerId").asText(),
                batch.get(1).get("customerId").asText(), batch.get(2).get("customerId").asText()));
        assertTrue(batch.get(1).get("customer").isNull());
        assertEquals(0, batch.get(1).get("recommendations").size());
        assertEquals(2, batch.get(2).get("recommendations").size());
    }

    @Test
    void aBatchAboveTheMaximumIsABadUserInputError() {
        JsonNode body = api.graphql("query($ids: [ID!]!) { crossSellBatch(customerIds: $ids) { customerId } }",
                Map.of("ids", Collections.nCopies(CrossSellService.MAX_BATCH + 1, "C000001")));
        assertEquals("BAD_USER_INPUT", body.at("/errors/0/extensions/code").asText(), body.toString());
        assertTrue(body.at("/errors/0/message").asText().contains("at most 1000"), body.toString());
    }

    @Test
    void boughtTogetherOfABundleProductListsItsPartnerFirstWithBasketStatistics() {
        List<String> bundle = SeedCrossSell.bundles().get("B01");
        JsonNode body = api.graphql("""
                query($id: ID!) { product(id: $id) { boughtTogether(first: 2, minBaskets: 10) {
                  product { id } baskets buyers support confidence reverseConfidence lift similarity } } }""",
                Map.of("id", bundle.get(0)));
        JsonNode first = body.at("/data/product/boughtTogether/0");
        assertEquals(bundle.get(1), first.at("/product/id").asText(), body.toString());
        assertTrue(first.get("baskets").asInt() >= 10);
        assertTrue(first.get("confidence").asDouble() > 0.3 && first.get("lift").asDouble() > 1, first.toString());
    }
}
