package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every paged field of the API refuses a cursor it could not have returned with BAD_USER_INPUT, on the seed graph. */
@UsesDataset(SeedGraph.DATASET)
class TamperedCursorsTest {

    /** Every field that takes `after`, as a query with the cursor in $after. */
    static final List<String> PAGED_FIELDS = List.of(
            "query($after: String) { customers(after: $after) { nodes { id } pageInfo { hasNextPage } } }",
            "query($after: String) { products(after: $after) { nodes { id } pageInfo { hasNextPage } } }",
            "query($after: String) { customersByClv(after: $after) { nodes { id } pageInfo { hasNextPage } } }",
            "query($after: String) { topReferrers(after: $after) { nodes { id } pageInfo { hasNextPage } } }",
            "query($after: String) { customer(id: \"C000001\") { orders(after: $after) { nodes { id } } } }",
            "query($after: String) { customer(id: \"C000001\") { referrals(after: $after) { totalCount } } }",
            "query($after: String) { segment(dimension: VALUE_TIER, className: \"HIGH\") { members(after: $after)"
                    + " { nodes { id } } } }",
            "query($after: String) { customSegment(filter: {}) { members(after: $after) { nodes { id } } } }",
            "query($after: String) { segmentTransitions(dimension: VALUE_TIER, from: {refreshSeq: 1},"
                    + " to: {refreshSeq: 1}, after: $after) { customers { totalCount } } }");

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    private static String cursor(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorAtTheEndOfTheIntegerRangeIsABadUserInputOnEveryPagedField() {
        for (String query : PAGED_FIELDS) {
            for (String position : List.of("2147483646", "2147483647", "2147483648", "99999999999999999999")) {
                JsonNode answer = api.graphql(query, Map.of("after", cursor("offset:" + position)));
                assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText(), query + ": " + answer);
                assertEquals("`after` is not a cursor this API returned: pass the `endCursor` of a page, or the"
                        + " `cursor` of one of its edges", answer.at("/errors/0/message").asText());
            }
        }
    }

    @Test
    void aCursorInAnotherFormatIsABadUserInput() {
        for (String tampered : List.of(cursor("offset:-1"), cursor("offset:+5"), cursor("offset:05"),
                cursor("offset: 5"), cursor("offset:5 "), cursor("position:5"), cursor("offset:"), "not base64!", "",
                cursor("offset:5").replace("=", ""), cursor("offset:100000000"))) {
            JsonNode answer = api.graphql(PAGED_FIELDS.get(0), Map.of("after", tampered));
            assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText(), tampered + ": " + answer);
        }
    }

    @Test
    void aCursorTheApiReturnedStillWorksAfterTheLastElement() {
        JsonNode last = api.graphql("{ customers(first: 1, after: \"" + cursor("offset:1998") + "\") { nodes { id }"
                + " pageInfo { hasNextPage endCursor } } }");
        assertEquals(ApiServer.parse("{\"data\": {\"customers\": {\"nodes\": [{\"id\": \"C002000\"}], \"pageInfo\":"
                + " {\"hasNextPage\": false, \"endCursor\": \"" + cursor("offset:1999") + "\"}}}}"), last);
        JsonNode beyond = api.graphql("{ customers(first: 5, after: \"" + cursor("offset:99999999") + "\") {"
                + " nodes { id } pageInfo { hasNextPage hasPreviousPage } } }");
        assertEquals(ApiServer.parse("{\"data\": {\"customers\": {\"nodes\": [], \"pageInfo\": {\"hasNextPage\": false,"
                + " \"hasPreviousPage\": true}}}}"), beyond);
        assertTrue(beyond.path("errors").isMissingNode());
    }
}
