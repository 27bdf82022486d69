package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * READER keys do not see personal fields (HIDE_PERSONAL_DATA_FROM_READERS=true, the default): not as values, not
 * derived (age band), and not through a sort or a filter on them, which would give them away one comparison at a
 * time. Such a sort or filter is refused before anything runs.
 */
class PersonalDataForReadersTest {

    /** Every argument a READER could sort or filter personal data with, one query each. */
    static final List<String> PERSONAL_SORTS_AND_FILTERS = List.of(
            "{ customers(orderBy: {field: NAME}) { nodes { id } } }",
            "{ customers(orderBy: {field: BIRTH_YEAR, direction: DESC}) { nodes { id } } }",
            "{ customers(filter: {nameContains: \"K\"}) { totalCount } }",
            "{ customers(filter: {ageBands: [AGE_35_44]}) { totalCount } }",
            "{ segment(dimension: VALUE_TIER, className: \"HIGH\") { members(orderBy: {field: NAME}) { totalCount }"
                    + " } }",
            "{ customSegment(filter: {}) { members(orderBy: {field: NAME, direction: ASC}) { totalCount } } }",
            "{ customSegment(filter: {ageBands: [UNDER_25]}) { kpis { size } } }",
            "{ savedSegments { segment { members(orderBy: {field: NAME}) { totalCount } } } }",
            "query($order: CustomerOrder = {field: NAME}) { customers(orderBy: $order) { totalCount } }",
            "query { ...Sorted } fragment Sorted on Query { customers(orderBy: {field: BIRTH_YEAR}) { totalCount } }");

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void customersWithNamesAndBirthYears() {
        Graph graph = TestNeo4j.get().empty();
        ApiKeyStore keys = new ApiKeyStore(graph, Clock.systemUTC());
        for (Role role : Role.values()) {
            TOKENS.put(role, keys.create("personal-" + role, role).token());
        }
        int thisYear = Year.now().getValue();
        for (String customer : List.of("{id: \"p1\", name: \"Kim\", birthYear: " + (thisYear - 40) + "}",
                "{id: \"p2\", name: \"Ann\", birthYear: " + (thisYear - 20) + "}",
                "{id: \"p3\", name: \"Zoe\", birthYear: " + (thisYear - 63) + "}")) {
            api.graphql("mutation { upsertCustomer(input: " + customer + ") { userErrors { code } } }", Map.of(),
                    bearer(Role.ADMIN));
        }
    }

    @AfterAll
    static void emptyTheGraph() {
        TestNeo4j.get().empty();
    }

    private static Map<String, String> bearer(Role role) {
        return Map.of("Authorization", "Bearer " + TOKENS.get(role));
    }

    @Test
    void aReaderMayNotSortOrFilterOnPersonalDataAndNothingRuns() {
        for (String query : PERSONAL_SORTS_AND_FILTERS) {
            JsonNode answer = api.graphql(query, Map.of(), bearer(Role.READER));
            assertEquals("FORBIDDEN", answer.at("/errors/0/extensions/code").asText(), query + ": " + answer);
            assertTrue(answer.path("data").isMissingNode(), query + ": " + answer);
            assertTrue(answer.at("/errors/0/message").asText().contains("personal data"), answer.toString());
        }
    }

    @Test
    void theRefusalNamesTheArgumentAndTheSetting() {
        JsonNode answer = api.graphql("query($order: CustomerOrder) { customers(orderBy: $order) { nodes { id } } }",
                Map.of("order", Map.of("field", "BIRTH_YEAR")), bearer(Role.READER));
        assertEquals("`customers` argument `orderBy.field` uses BIRTH_YEAR, personal data this key's role READER"
                + " does not see (HIDE_PERSONAL_DATA_FROM_READERS=true): sort or filter on other fields. Nothing was"
                + " executed", answer.at("/errors/0/message").asText(), answer.toString());
    }

    @Test
    void aReaderGetsNoAgeBandLikeNoBirthYear() {
        JsonNode answer = api.graphql("{ customer(id: \"p1\") { id name birthYear ageBand } }", Map.of(),
                bearer(Role.READER));
        assertEquals(ApiServer.parse("{\"data\": {\"customer\": {\"id\": \"p1\", \"name\": null, \"birthYear\": null,"
                + " \"ageBand\": null}}}"), answer);
    }

    @Test
    void aReaderMayNotReadTheMembersOfASavedSegmentDefinedByAgeBandButMayReadItsDefinition() {
        JsonNode saved = api.graphql("mutation { saveSegment(input: {id: \"by-age\", name: \"Forties\", filter:"
                + " {ageBands: [AGE_35_44]}}) { userErrors { code } } }", Map.of(), bearer(Role.ADMIN));
        assertEquals("[]", saved.at("/data/saveSegment/userErrors").toString(), saved.toString());
        JsonNode members = api.graphql("{ savedSegment(id: \"by-age\") { name segment { kpis { size } } } }",
                Map.of(), bearer(Role.READER));
        assertEquals("FORBIDDEN", members.at("/errors/0/extensions/code").asText(), members.toString());
        assertEquals("the saved segment `by-age` is defined by age band, personal data this key's role READER"
                + " does not see (HIDE_PERSONAL_DATA_FROM_READERS=true); its members are shown to INTEGRATOR and"
                + " ADMIN keys", members.at("/errors/0/message").asText(), members.toString());
        JsonNode definition = api.graphql("{ savedSegment(id: \"by-age\") { name filter { ageBands } } }",
                Map.of(), bearer(Role.READER));
        assertEquals(ApiServer.parse("{\"data\": {\"savedSegment\": {\"name\": \"Forties\", \"filter\":"
                + " {\"ageBands\": [\"AGE_35_44\"]}}}}"), definition);
        JsonNode integrator = api.graphql("{ savedSegment(id: \"by-age\") { segment { kpis { size } } } }",
                Map.of(), bearer(Role.INTEGRATOR));
        assertEquals(ApiServer.parse("{\"data\": {\"savedSegment\": {\"segment\": {\"kpis\": {\"size\": 1}}}}}"),
                integrator);
        api.graphql("mutation { deleteSegment(input: {id: \"by-age\"}) { userErrors { code } } }", Map.of(),
                bearer(Role.ADMIN));
    }

    @Test
    void anIntegratorMaySortAndFilterOnPersonalData() {
        JsonNode sorted = api.graphql("{ customers(orderBy: {field: NAME}, filter: {ageBands: [AGE_35_44,"
                + " UNDER_25]}) { nodes { id ageBand } } }", Map.of(), bearer(Role.INTEGRATOR));
        assertEquals(ApiServer.parse("{\"data\": {\"customers\": {\"nodes\": [{\"id\": \"p2\","
                + " \"ageBand\": \"UNDER_25\"}, {\"id\": \"p1\", \"ageBand\": \"AGE_35_44\"}]}}}"), sorted);
        for (String query : PERSONAL_SORTS_AND_FILTERS) {
            JsonNode answer = api.graphql(query, Map.of(), bearer(Role.INTEGRATOR));
            assertTrue(answer.path("errors").isMissingNode(), query + ": " + answer);
        }
    }

    @Test
    void aReaderMaySortAndFilterOnPersonalDataWhenTheServerShowsItToReaders() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("PORT", "0", "DATA_DIR", "target/unused",
                "HIDE_PERSONAL_DATA_FROM_READERS", "false"));
        try (ApiServer open = ApiServer.start(config)) {
            JsonNode sorted = open.graphql("{ customers(orderBy: {field: NAME}) { nodes { name ageBand } } }",
                    Map.of(), bearer(Role.READER));
            assertEquals("Ann", sorted.at("/data/customers/nodes/0/name").asText(), sorted.toString());
            assertEquals("UNDER_25", sorted.at("/data/customers/nodes/0/ageBand").asText(), sorted.toString());
        }
    }
}
