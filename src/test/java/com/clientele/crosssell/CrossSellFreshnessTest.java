package com.clientele.crosssell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The running server keeps the cross-sell model in memory; a product write or a new refresh is seen by the very next
 * request, without a restart.
 */
@UsesDataset(value = SeedGraph.DATASET, changesGraph = true)
class CrossSellFreshnessTest {

    private static final String CROSS_SELL = """
            query($id: ID!) { customer(id: $id) { crossSell(first: 100) { product { id } reasonKind } } }""";
    private static final String UPSERT = """
            mutation($input: UpsertProductInput!) { upsertProduct(input: $input) { userErrors { code } } }""";

    private static Graph graph;

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph().checkingTheKeyOnEveryRequest();

    @BeforeAll
    static void start() {
        graph = SeedGraph.load();
    }

    @Test
    void aProductMadeInactiveIsNotRecommendedByTheNextRequest() {
        String first = recommended("C000011").get(0);
        JsonNode product = api.graphql("query($id: ID!) { product(id: $id) { name category { id } } }",
                Map.of("id", first)).at("/data/product");

        JsonNode written = api.graphql(UPSERT, Map.of("input", Map.of("id", first, "name",
                product.get("name").asText(), "categoryId", product.at("/category/id").asText(), "active", false)));

        assertEquals(0, written.at("/data/upsertProduct/userErrors").size(), written.toString());
        assertFalse(recommended("C000011").contains(first), first + " is inactive but still recommended");
    }

    @Test
    void aProductWriteRereadsTheCatalogueButNotTheModelsLinks() {
        recommended("C000013");
        long before = statementsRun();
        recommended("C000013");
        long unchanged = statementsRun() - before;
        JsonNode product = api.graphql("{ product(id: \"P0001\") { name category { id } } }").at("/data/product");
        api.graphql(UPSERT, Map.of("input", Map.of("id", "P0001", "name", product.get("name").asText(),
                "categoryId", product.at("/category/id").asText(), "price", 123.0)));
        before = statementsRun();
        recommended("C000013");
        long afterProductWrite = statementsRun() - before;

        assertEquals(2, unchanged, "the key check, then the customer's profile with their history in one query");
        assertEquals(unchanged + 2, afterProductWrite, "and the products and categories, not the links or lists");
    }

    @Test
    void aNewCrossSellRefreshIsUsedByTheNextRequest() {
        JsonNode before = crossSell("C000012");
        assertTrue(before.size() > 20, before.toString());

        new CrossSellRefresh(graph, CoPurchaseSettings.defaults().withNeighbours(1)).run();

        JsonNode after = crossSell("C000012");
        long ownedProducts = graph.read("test-support/crosssell-owned", Map.of("ids", List.of("C000012")),
                row -> row.get("products").size()).get(0);
        long fromCoPurchase = 0;
        for (JsonNode r : after) {
            fromCoPurchase += r.get("reasonKind").asText().startsWith("POPULAR") ? 0 : 1;
        }
        assertTrue(fromCoPurchase <= ownedProducts, "with one partner per product at most " + ownedProducts
                + " co-purchase candidates, got " + fromCoPurchase);
        assertTrue(fromCoPurchase > 0, after.toString());
    }

    private static long statementsRun() {
        Matcher counter = Pattern.compile("(?m)^clientele_neo4j_statements_total\\S* ([0-9.E]+)$")
                .matcher(api.get("/metrics", Map.of()).body());
        assertTrue(counter.find(), "the statement counter is exported");
        return (long) Double.parseDouble(counter.group(1));
    }

    private static List<String> recommended(String customerId) {
        List<String> ids = new ArrayList<>();
        crossSell(customerId).forEach(node -> ids.add(node.at("/product/id").asText()));
        return ids;
    }

    private static JsonNode crossSell(String customerId) {
        JsonNode body = api.graphql(CROSS_SELL, Map.of("id", customerId));
        return body.at("/data/customer/crossSell");
    }
}
