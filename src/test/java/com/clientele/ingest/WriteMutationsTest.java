package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every write mutation over HTTP: valid input, each kind of invalid input (graph unchanged), and replays. */
class WriteMutationsTest {

    static final String CUSTOMER = "mutation($input: UpsertCustomerInput!) { upsertCustomer(input: $input) {"
            + " customer { id name email signupDate } userErrors { field message code } } }";
    static final String PRODUCT = "mutation($input: UpsertProductInput!) { upsertProduct(input: $input) {"
            + " product { id name price category { id } } userErrors { field message code } } }";
    static final String CATEGORY = "mutation($input: UpsertCategoryInput!) { upsertCategory(input: $input) {"
            + " category { id name parent { id } } userErrors { field message code } } }";
    static final String ORDER = "mutation($input: RecordOrderInput!) { recordOrder(input: $input) {"
            + " order { id total lineCount lines { line quantity product { id } } customer { id } }"
            + " userErrors { field message code } } }";
    static final String ANONYMISE = "mutation($input: AnonymiseCustomerInput!) { anonymiseCustomer(input: $input) {"
            + " customer { id name email region } userErrors { field message code } } }";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    private static Graph graph;

    @BeforeAll
    static void start() {
        graph = TestNeo4j.get().empty();
        ok(CATEGORY, "upsertCategory", Map.of("id", "home", "name", "Home"));
        ok(CATEGORY, "upsertCategory", Map.of("id", "kitchen", "name", "Kitchen", "parentId", "home"));
        ok(PRODUCT, "upsertProduct", Map.of("id", "p1", "name", "Kettle", "categoryId", "kitchen", "price", 30.0));
        ok(PRODUCT, "upsertProduct", Map.of("id", "p2", "name", "Mug", "categoryId", "kitchen", "price", 5.0));
        ok(CUSTOMER, "upsertCustomer", customer("c1"));
        ok(CUSTOMER, "upsertCustomer", customer("c2"));
    }

    static Map<String, Object> customer(String id) {
        return Map.of("id", id, "name", "Ann " + id, "email", id + "@example.com", "signupDate", "2024-01-10",
                "region", "广东");
    }

    static Map<String, Object> order(String id, List<Map<String, Object>> lines) {
        return Map.of("id", id, "customerId", "c1", "orderedAt", "2024-03-01T10:00:00Z", "channel", "ONLINE",
                "discount", 0.1, "lines", lines);
    }

    static Map<String, Object> line(String product, int quantity, double price) {
        return Map.of("productId", product, "quantity", quantity, "unitPrice", price);
    }

    private static JsonNode payload(String mutation, String field, Map<String, Object> input) {
        JsonNode response = api.graphql(mutation, Map.of("input", input));
        assertTrue(response.path("errors").isMissingNode(), response.toString());
        return response.at("/data/" + field);
    }

    private static JsonNode ok(String mutation, String field, Map<String, Object> input) {
        JsonNode payload = payload(mutation, field, input);
        assertEquals(0, payload.get("userErrors").size(), payload.toString());
        return payload;
    }

    private static void assertRefused(String mutation, String field, Map<String, Object> input, String code,
            List<String> path) {
        DomainFingerprint before = DomainFingerprint.of(graph);
        JsonNode payload = payload(mutation, field, input);
        JsonNode error = payload.at("/userErrors/0");
        assertEquals(code, error.path("code").asText(), payload.toString());
        assertEquals(path, ApiServer.JSON_LIST.apply(error.get("field")), payload.toString());
        assertEquals(before, DomainFingerprint.of(graph), "a refused write changed the graph");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(key, value);
        return changed;
    }

    @Test
    void anOrderIsWrittenWithItsLinesAndReplayingItDoublesNothing() {
        Map<String, Object> input = order("o1", List.of(line("p1", 1, 30.0), line("p2", 4, 5.0)));
        JsonNode first = ok(ORDER, "recordOrder", input).get("order");
        assertEquals(45.0, first.get("total").asDouble(), 1e-9);
        DomainFingerprint once = DomainFingerprint.of(graph);
        JsonNode second = ok(ORDER, "recordOrder", input).get("order");
        assertEquals(first, second);
        assertEquals(once.data(), DomainFingerprint.of(graph).data());
    }

    @Test
    void replayingAnOrderWithFewerLinesKeepsExactlyTheGivenLines() {
        ok(ORDER, "recordOrder", order("o2", List.of(line("p1", 1, 30.0), line("p2", 2, 5.0))));
        JsonNode order = ok(ORDER, "recordOrder", order("o2", List.of(line("p2", 3, 5.0)))).get("order");
        assertEquals(ApiServer.parse("""
                {"id":"o2","total":13.5,"lineCount":1,"lines":[{"line":1,"quantity":3,"product":{"id":"p2"}}],
                 "customer":{"id":"c1"}}"""), order);
    }

    @Test
    void upsertsReturnTheStoredEntityAndReplayingThemChangesNothing() {
        DomainFingerprint before = DomainFingerprint.of(graph);
        for (int i = 0; i < 2; i++) {
            assertEquals("Ann c1", ok(CUSTOMER, "upsertCustomer", customer("c1")).at("/customer/name").asText());
            assertEquals("kitchen", ok(PRODUCT, "upsertProduct", Map.of("id", "p1", "name", "Kettle",
                    "categoryId", "kitchen", "price", 30.0)).at("/product/category/id").asText());
            assertEquals("home", ok(CATEGORY, "upsertCategory", Map.of("id", "kitchen", "name", "Kitchen",
                    "parentId", "home")).at("/category/parent/id").asText());
        }
        assertEquals(before.data(), DomainFingerprint.of(graph).data());
    }

    @Test
    void invalidOrdersAreRefusedWithTheFieldAndCodeAndWriteNothing() {
        List<Map<String, Object>> good = List.of(line("p1", 1, 30.0));
        assertRefused(ORDER, "recordOrder", order("bad", List.of(line("p1", 1, 30.0), line("nope", 1, 1.0))),
                "UNKNOWN_PRODUCT", List.of("input", "lines", "1", "productId"));
        assertRefused(ORDER, "recordOrder", order("bad", List.of(line("p1", -2, 30.0))),
                "NEGATIVE_QUANTITY", List.of("input", "lines", "0", "quantity"));
        assertRefused(ORDER, "recordOrder", order("bad", List.of(line("p1", 1, -30.0))),
                "OUT_OF_RANGE", List.of("input", "lines", "0", "unitPrice"));
        assertRefused(ORDER, "recordOrder", with(order("bad", good), "orderedAt", "2024-01-09T23:00:00Z"),
                "ORDER_BEFORE_SIGNUP", List.of("input", "orderedAt"));
        assertRefused(ORDER, "recordOrder", with(order("bad", good), "customerId", "ghost"),
                "UNKNOWN_CUSTOMER", List.of("input", "customerId"));
        assertRefused(ORDER, "recordOrder", with(order("bad", good), "discount", 1.5),
                "OUT_OF_RANGE", List.of("input", "discount"));
        assertRefused(ORDER, "recordOrder", order("bad", List.of()), "REQUIRED", List.of("input", "lines"));
        assertRefused(ORDER, "recordOrder", with(order("bad", good), "id", "x".repeat(201)),
                "TOO_LONG", List.of("input", "id"));
        assertRefused(ORDER, "recordOrder", with(order("bad", good), "id", "a\u0000b"),
                "INVALID_VALUE", List.of("input", "id"));
    }

    @Test
    void invalidCatalogueAndCustomerInputIsRefusedAndWritesNothing() {
        assertRefused(PRODUCT, "upsertProduct", Map.of("id", "p9", "name", "X", "categoryId", "ghost"),
                "UNKNOWN_CATEGORY", List.of("input", "categoryId"));
        assertRefused(PRODUCT, "upsertProduct", Map.of("id", "p9", "name", "X", "categoryId", "home",
                "price", -1.0), "OUT_OF_RANGE", List.of("input", "price"));
        assertRefused(CATEGORY, "upsertCategory", Map.of("id", "c9", "name", "X", "parentId", "ghost"),
                "UNKNOWN_CATEGORY", List.of("input", "parentId"));
        assertRefused(CATEGORY, "upsertCategory", Map.of("id", "c9", "name", "X", "parentId", "c9"),
                "INVALID_VALUE", List.of("input", "parentId"));
        assertRefused(CUSTOMER, "upsertCustomer", Map.of("id", "   "), "REQUIRED", List.of("input", "id"));
        assertRefused(ANONYMISE, "anonymiseCustomer", Map.of("id", "ghost"), "UNKNOWN_CUSTOMER",
                List.of("input", "id"));
    }

    @Test
    void malformedDatesAndWrongTypesAreRefusedBeforeAnythingRuns() {
        DomainFingerprint before = DomainFingerprint.of(graph);
        for (Map<String, Object> input : List.of(with(customer("c7"), "signupDate", "2024-13-45"),
                with(customer("c7"), "birthYear", "nineteen"), with(customer("c7"), "gender", "ROBOT"))) {
            JsonNode response = api.graphql(CUSTOMER, Map.of("input", input));
            assertEquals("BAD_USER_INPUT", response.at("/errors/0/extensions/code").asText(), response.toString());
        }
        JsonNode badTime = api.graphql(ORDER, Map.of("input", with(order("o7", List.of(line("p1", 1, 1.0))),
                "orderedAt", "yesterday")));
        assertEquals("BAD_USER_INPUT", badTime.at("/errors/0/extensions/code").asText(), badTime.toString());
        assertEquals(before, DomainFingerprint.of(graph));
    }

    @Test
    void anonymisingErasesPersonalFieldsKeepsOrdersAndCanBeRepeated() {
        ok(CUSTOMER, "upsertCustomer", customer("c3"));
        ok(ORDER, "recordOrder", with(order("o3", List.of(line("p1", 1, 30.0))), "customerId", "c3"));
        for (int i = 0; i < 2; i++) {
            JsonNode customer = ok(ANONYMISE, "anonymiseCustomer", Map.of("id", "c3")).get("customer");
            assertEquals(ApiServer.parse("{\"id\":\"c3\",\"name\":null,\"email\":null,\"region\":\"广东\"}"), customer);
        }
        JsonNode orders = api.graphql("{ customer(id: \"c3\") { orders { nodes { id } } } }", Map.of());
        assertEquals("o3", orders.at("/data/customer/orders/nodes/0/id").asText(), orders.toString());
    }

    @Test
    void referralsAreCheckedForSelfReferralCyclesAndASecondReferrer() {
        InputWriter writer = new InputWriter(graph, java.time.Clock.systemUTC());
        ok(CUSTOMER, "upsertCustomer", customer("r1"));
        ok(CUSTOMER, "upsertCustomer", customer("r2"));
        ok(CUSTOMER, "upsertCustomer", customer("r3"));
        assertEquals(List.of(), writer.referral(Map.of("referrer_id", "r1", "referred_id", "r2")));
        assertEquals(List.of(), writer.referral(Map.of("referrer_id", "r1", "referred_id", "r2")));
        DomainFingerprint before = DomainFingerprint.of(graph);
        assertEquals(List.of(ProblemCode.SELF_REFERRAL, ProblemCode.CYCLE, ProblemCode.ALREADY_REFERRED),
                List.of(writer.referral(Map.of("referrer_id", "r3", "referred_id", "r3")).get(0).code(),
                        writer.referral(Map.of("referrer_id", "r2", "referred_id", "r1")).get(0).code(),
                        writer.referral(Map.of("referrer_id", "r3", "referred_id", "r2")).get(0).code()));
        assertEquals(before, DomainFingerprint.of(graph));
    }
}
