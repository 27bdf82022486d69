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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cross-sell fields over HTTP with the production wiring, on the seed graph. */
@UsesDataset(SeedGraph.DATASET)
class CrossSellGraphQLTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    @Test
    void aCustomersCrossSellCarriesProductScoreCategoryAndReason() {
        JsonNode body = api.graphql("""
                { customer(id: "C000011") { crossSell(first: 3) { product { id } score category { id }
                  reasonKind reason becauseOf { id } } } }""");
        assertEquals(ApiServer.parse("""
                {"data": {"customer": {"crossSell": [
                  {"product": {"id": "P0194"}, "score": 2.20214968, "category": {"id": "beauty.makeup"},
                   "reasonKind": "COMPLETES_SET", "reason": "completes the set: often in the same order as Dewy Sunscreen G60 Max",
                   "becauseOf": [{"id": "P0170"}]},
                  {"product": {"id": "P0056"}, "score": 2.08092752, "category": {"id": "electronics.accessories"},
                   "reasonKind": "COMPLETES_SET", "reason": "completes the set: often in the same order as Vertex Phone G12",
                   "becauseOf": [{"id": "P0007"}]},
                  {"product": {"id": "P0025"}, "score": 0.54255919, "category": {"id": "electronics.laptops"},
                   "reasonKind": "BOUGHT_WITH",
                   "reason": "bought with Aurora Ultrabook Z36 Mini and Vertex Laptop E37 Classic",
                   "becauseOf": [{"id": "P0021"}, {"id": "P0020"}]}]}}}"""), ApiServer.rounded(body, 8));
    }

    @Test
    void aCustomerWithTwoCrossSellsAnswersAsTheSeparateRequestsDo() {
        JsonNode together = api.graphql("""
                { customer(id: "C000011") { id name city
                  top: crossSell(first: 3) { product { id } score reasonKind }
                  gaps: crossSell(first: 2, strategy: CATEGORY_GAP) { product { id } score reasonKind } } }""");
        JsonNode profile = api.graphql("{ customer(id: \"C000011\") { id name city } }").at("/data/customer");
        JsonNode top = api.graphql("""
                { crossSellBatch(customerIds: ["C000011"], first: 3) { recommendations { product { id } score
                  reasonKind } } }""").at("/data/crossSellBatch/0/recommendations");
        JsonNode gaps = api.graphql("""
                { crossSellBatch(customerIds: ["C000011"], first: 2, strategy: CATEGORY_GAP) { recommendations {
                  product { id } score reasonKind } } }""").at("/data/crossSellBatch/0/recommendations");
        assertEquals(profile.get("name"), together.at("/data/customer/name"), together.toString());
        assertEquals(profile.get("city"), together.at("/data/customer/city"));
        assertEquals(top, together.at("/data/customer/top"));
        assertEquals(gaps, together.at("/data/customer/gaps"));
        assertEquals(3, top.size());
    }

    @Test
    void anUnknownCustomerWithCrossSellSelectedIsNull() {
        assertEquals(ApiServer.parse("{\"data\": {\"customer\": null}}"),
                api.graphql("{ customer(id: \"NOPE\") { id crossSell(first: 3) { score } } }"));
    }

    @Test
    void anInvalidCrossSellArgumentIsReportedOnceAtItsField() {
        JsonNode body = api.graphql("{ customer(id: \"C000011\") { id crossSell(first: 1000) { score } } }");
        assertEquals(1, body.get("errors").size(), body.toString());
        assertEquals("BAD_USER_INPUT", body.at("/errors/0/extensions/code").asText(), body.toString());
        assertEquals("[\"customer\",\"crossSell\"]", body.at("/errors/0/path").toString());
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
