package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Profiles and orders that cannot be true are refused by the mutations (the CSV import: {@code ImportBoundsTest}),
 * and every problem of an input comes back in one answer (field and code of each), with the graph unchanged.
 */
class ImpossibleInputTest {

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    private static Graph graph;

    @BeforeAll
    static void start() {
        graph = TestNeo4j.get().empty();
        for (Map.Entry<String, Map<String, Object>> write : List.of(
                Map.entry(WriteMutationsTest.CATEGORY, Map.<String, Object>of("id", "home", "name", "Home")),
                Map.entry(WriteMutationsTest.PRODUCT, Map.<String, Object>of("id", "p1", "name", "Kettle",
                        "categoryId", "home", "price", 30.0)),
                Map.entry(WriteMutationsTest.CUSTOMER, WriteMutationsTest.customer("c1")))) {
            JsonNode answer = api.graphql(write.getKey(), Map.of("input", write.getValue()));
            assertTrue(answer.toString().contains("\"userErrors\":[]"), answer.toString());
        }
    }

    /** The [field, code] pairs of the refused mutation's user errors; asserts the graph did not change. */
    private static List<List<String>> refused(String mutation, String field, Map<String, Object> input) {
        DomainFingerprint before = DomainFingerprint.of(graph);
        JsonNode payload = api.graphql(mutation, Map.of("input", input)).at("/data/" + field);
        List<List<String>> problems = new ArrayList<>();
        payload.path("userErrors").forEach(error -> problems.add(List.of(
                String.join(".", ApiServer.JSON_LIST.apply(error.get("field"))), error.get("code").asText())));
        assertEquals(before, DomainFingerprint.of(graph), "a refused write changed the graph: " + payload);
        return problems;
    }

    private static Map<String, Object> customer(Object... fieldsAndValues) {
        Map<String, Object> input = new HashMap<>(Map.of("id", "c9"));
        for (int index = 0; index < fieldsAndValues.length; index += 2) {
            input.put((String) fieldsAndValues[index], fieldsAndValues[index + 1]);
        }
        return input;
    }

    @Test
    void impossibleBirthYearsAndSignupDatesAreRefused() {
        for (Object birthYear : List.of(YEAR + 1, 3000, YEAR - 121, 1700)) {
            assertEquals(List.of(List.of("input.birthYear", "OUT_OF_RANGE")), refused(WriteMutationsTest.CUSTOMER,
                    "upsertCustomer", customer("birthYear", birthYear)), "birth year " + birthYear);
        }
        assertEquals(List.of(List.of("input.signupDate", "OUT_OF_RANGE")), refused(WriteMutationsTest.CUSTOMER,
                "upsertCustomer", customer("signupDate", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString())));
    }

    @Test
    void controlCharactersAndOverlongTextsAreRefusedInEveryTextField() {
        for (String field : List.of("name", "email", "occupation", "region", "city", "country")) {
            for (String text : List.of("Ann\u0000", "A\u0007nn", "\u001bAnn")) {
                assertEquals(List.of(List.of("input." + field, "INVALID_VALUE")), refused(WriteMutationsTest.CUSTOMER,
                        "upsertCustomer", customer(field, text)), field + " " + text);
            }
            assertEquals(List.of(List.of("input." + field, "TOO_LONG")), refused(WriteMutationsTest.CUSTOMER,
                    "upsertCustomer", customer(field, "x".repeat(255))), field);
        }
        assertEquals(List.of(List.of("input.name", "INVALID_VALUE"), List.of("input.nameZh", "TOO_LONG")),
                refused(WriteMutationsTest.PRODUCT, "upsertProduct", Map.of("id", "p9", "name", "Mug\u0000",
                        "nameZh", "杯".repeat(201), "categoryId", "home")));
    }

    @Test
    void controlCharactersThatCountAsWhiteSpaceAreRefusedNotTrimmedAway() {
        for (String text : List.of("\u001fAnn", "Ann\u000b", "\u000cAnn", "\u001cAnn", "\tAnn", "Ann\n", "Ann\r")) {
            assertEquals(List.of(List.of("input.name", "INVALID_VALUE")), refused(WriteMutationsTest.CUSTOMER,
                    "upsertCustomer", customer("name", text)), "name " + text.codePoints().boxed().toList());
            assertEquals(List.of(List.of("input.id", "INVALID_VALUE")), refused(WriteMutationsTest.CUSTOMER,
                    "upsertCustomer", customer("id", text)), "id " + text.codePoints().boxed().toList());
        }
    }

    @Test
    void everyProblemOfACustomerIsReportedInOneAnswer() {
        assertEquals(List.of(List.of("input.name", "INVALID_VALUE"), List.of("input.email", "TOO_LONG"),
                List.of("input.birthYear", "OUT_OF_RANGE"), List.of("input.signupDate", "OUT_OF_RANGE")),
                refused(WriteMutationsTest.CUSTOMER, "upsertCustomer", customer("name", "A\u0000", "email",
                        "e".repeat(300), "birthYear", 3000, "signupDate", "2999-01-01")));
    }

    @Test
    void messagesNameTheInputFieldAndItsBound() {
        JsonNode payload = api.graphql(WriteMutationsTest.CUSTOMER, Map.of("input", customer("birthYear", 3000,
                "signupDate", "2999-01-01"))).at("/data/upsertCustomer");
        assertEquals(ApiServer.parse("[{\"field\":[\"input\",\"birthYear\"],\"message\":\"birthYear must be "
                + (YEAR - 120) + " to " + YEAR + ", was 3000\",\"code\":\"OUT_OF_RANGE\"},"
                + "{\"field\":[\"input\",\"signupDate\"],\"message\":\"signupDate must be today ("
                + LocalDate.now(ZoneOffset.UTC) + ") or earlier, was 2999-01-01\",\"code\":\"OUT_OF_RANGE\"}]"),
                payload.get("userErrors"));
    }

    @Test
    void everyProblemOfAnOrderIsReportedInOneAnswer() {
        Map<String, Object> order = new HashMap<>(WriteMutationsTest.order("o9", List.of(
                WriteMutationsTest.line("ghost", 1, 1.0), WriteMutationsTest.line("p1", -2, 1.0),
                WriteMutationsTest.line("phantom", 0, 20_000_000.0))));
        order.put("customerId", "nobody");
        order.put("discount", 1.5);
        assertEquals(List.of(List.of("input.discount", "OUT_OF_RANGE"), List.of("input.customerId", "UNKNOWN_CUSTOMER"),
                List.of("input.lines.1.quantity", "NEGATIVE_QUANTITY"), List.of("input.lines.2.quantity", "OUT_OF_RANGE"),
                List.of("input.lines.2.unitPrice", "OUT_OF_RANGE"), List.of("input.lines.0.productId", "UNKNOWN_PRODUCT"),
                List.of("input.lines.2.productId", "UNKNOWN_PRODUCT")),
                refused(WriteMutationsTest.ORDER, "recordOrder", order));
    }
}
