package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.clientele.vocabulary.Language;
import com.clientele.strategy.PlaybookFile;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saved segments, refreshes, transitions and strategy texts over HTTP; these tests change the seed graph. */
@UsesDataset(value = SeedGraph.DATASET, changesGraph = true)
class SegmentMutationsTest {

    private static final String SAVE = """
            mutation($input: SaveSegmentInput!) { saveSegment(input: $input) {
              savedSegment { id name description filter { valueTiers minMonetary } updatedAt segment { kpis { size } } }
              userErrors { field message code } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    @Test
    void aSavedSegmentRoundTripsAndReplayingTheSameSaveChangesNothing() {
        Map<String, Object> input = Map.of("id", "big-spenders", "name", " Big spenders ", "description", "VIP",
                "filter", Map.of("valueTiers", List.of("HIGH"), "minMonetary", 5000.0));
        JsonNode first = data(SAVE, Map.of("input", input)).get("saveSegment");
        JsonNode replay = data(SAVE, Map.of("input", input)).get("saveSegment");
        assertEquals(first, replay);
        JsonNode direct = data("{ customSegment(filter: {valueTiers: [HIGH], minMonetary: 5000}) { kpis { size } } }",
                Map.of());
        assertEquals(ApiServer.parse("""
                {"id":"big-spenders","name":"Big spenders","description":"VIP",
                 "filter":{"valueTiers":["HIGH"],"minMonetary":5000.0},"updatedAt":%s,"segment":%s}"""
                .formatted(first.at("/savedSegment/updatedAt"), direct.get("customSegment"))), first.get("savedSegment"));
        JsonNode listed = data("{ savedSegments { id name } savedSegment(id: \"big-spenders\") { id } }", Map.of());
        assertEquals(ApiServer.parse("""
                {"savedSegments":[{"id":"big-spenders","name":"Big spenders"}],"savedSegment":{"id":"big-spenders"}}"""),
                listed);
        assertEquals(ApiServer.parse("{\"deleteSegment\":{\"deletedId\":\"big-spenders\",\"userErrors\":[]}}"),
                data("mutation { deleteSegment(input: {id: \"big-spenders\"}) { deletedId userErrors { code } } }",
                        Map.of()));
    }

    @Test
    void invalidSavesAndDeletesGiveUserErrorsAndWriteNothing() {
        Map<String, Object> input = Map.of("name", "  ", "filter", Map.of("minBreadthScore", 2.0,
                "minOrders", 5, "maxOrders", 2, "favouriteCategoryIds", List.of("no.such.category")));
        JsonNode refused = data(SAVE, Map.of("input", input)).get("saveSegment");
        assertEquals(ApiServer.parse("""
                {"savedSegment":null,"userErrors":[
                 {"field":["input","name"],"message":"name must not be empty","code":"BLANK"},
                 {"field":["input","filter","minBreadthScore"],"message":"minBreadthScore must be from 0 to 1, was 2.0","code":"OUT_OF_RANGE"},
                 {"field":["input","filter","minOrders"],"message":"minOrders (5.0) is above maxOrders (2.0)","code":"OUT_OF_RANGE"},
                 {"field":["input","filter","favouriteCategoryIds"],"message":"there is no category with id 'no.such.category'","code":"UNKNOWN_CATEGORY"}]}"""),
                refused);
        assertEquals(ApiServer.parse("{\"savedSegments\":[]}"), data("{ savedSegments { id } }", Map.of()));
        assertEquals(ApiServer.parse("""
                {"deleteSegment":{"deletedId":null,"userErrors":[{"field":["input","id"],"code":"NOT_FOUND"}]}}"""),
                data("mutation { deleteSegment(input: {id: \"nope\"}) { deletedId userErrors { field code } } }",
                        Map.of()));
    }

    @Test
    void invalidRefreshRequestsGiveUserErrorsAndRunNothing() {
        String refresh = """
                mutation($input: RefreshSegmentsInput) { refreshSegments(input: $input) { refresh { seq }
                  userErrors { field code } } }""";
        JsonNode before = data("{ refreshes(first: 100) { seq } }", Map.of());
        List<String> tooMany = IntStream.range(0, 10_001).mapToObj(i -> "C" + i).toList();
        assertEquals(ApiServer.parse("""
                {"refreshSegments":{"refresh":null,"userErrors":[{"field":["input","asOf"],"code":"FUTURE_DATE"}]}}"""),
                data(refresh, Map.of("input", Map.of("asOf", "2999-01-01"))));
        assertEquals(ApiServer.parse("""
                {"refreshSegments":{"refresh":null,"userErrors":[
                 {"field":["input","customerIds"],"code":"UNKNOWN_CUSTOMER"}]}}"""),
                data(refresh, Map.of("input", Map.of("customerIds", List.of("no-such-customer")))));
        assertEquals(ApiServer.parse("""
                {"refreshSegments":{"refresh":null,"userErrors":[{"field":["input","customerIds"],"code":"TOO_LONG"}]}}"""),
                data(refresh, Map.of("input", Map.of("customerIds", tooMany))));
        assertEquals(before, data("{ refreshes(first: 100) { seq } }", Map.of()));
    }

    @Test
    void anIncrementalRefreshAfterANewOrderShowsExactlyThatCustomerInTheTransitionsOfTheDimensionsThatChanged() {
        String customerId = data("""
                { segment(dimension: LIFECYCLE, className: "CHURNED") { members(first: 1, orderBy: {field: ID, direction: ASC}) {
                  nodes { id } } } }""", Map.of()).at("/segment/members/nodes/0/id").asText();
        JsonNode before = classesOf(customerId);
        SeedGraph.load().write("test-support/add-order", Map.of("customerId", customerId, "productId", "P0001",
                "orderId", "TEST-ORDER-1", "orderedAt", ZonedDateTime.parse("2025-12-31T12:00:00Z"),
                "channel", "ONLINE", "quantity", 1));
        JsonNode refreshed = data("""
                mutation($id: ID!) { refreshSegments(input: {customerIds: [$id]}) {
                  refresh { kind asOf customers changed } userErrors { code } } }""", Map.of("id", customerId));
        assertEquals(ApiServer.parse("""
                {"refreshSegments":{"refresh":{"kind":"INCREMENTAL","asOf":"2026-01-01","customers":1,"changed":1},
                 "userErrors":[]}}"""), refreshed);
        JsonNode after = classesOf(customerId);
        assertNotEquals("CHURNED", after.get("lifecycle").asText());
        for (SegmentDimension dimension : List.of(SegmentDimension.VALUE_TIER, SegmentDimension.RFM_SEGMENT,
                SegmentDimension.LIFECYCLE, SegmentDimension.BEHAVIOUR, SegmentDimension.BREADTH,
                SegmentDimension.CHANNEL)) {
            String field = dimension == SegmentDimension.CHANNEL ? "channel" : camel(dimension.name());
            assertEquals(expectedTransitions(customerId, before.get(field), after.get(field)),
                    data("""
                            query($d: SegmentDimension!) { segmentTransitions(dimension: $d) { from { seq } to { seq }
                              counts { fromClass toClass customers }
                              customers { totalCount nodes { customer { id } fromClass toClass } } } }""",
                            Map.of("d", dimension.name())).get("segmentTransitions"), dimension.name());
        }
    }

    private static JsonNode expectedTransitions(String id, JsonNode from, JsonNode to) {
        boolean moved = !from.equals(to);
        String counts = moved ? "[{\"fromClass\":%s,\"toClass\":%s,\"customers\":1}]".formatted(from, to) : "[]";
        String nodes = moved ? "[{\"customer\":{\"id\":\"%s\"},\"fromClass\":%s,\"toClass\":%s}]".formatted(id, from, to)
                : "[]";
        return ApiServer.parse("""
                {"from":{"seq":1},"to":{"seq":2},"counts":%s,"customers":{"totalCount":%d,"nodes":%s}}"""
                .formatted(counts, moved ? 1 : 0, nodes));
    }

    private static String camel(String dimension) {
        String[] parts = dimension.toLowerCase().split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    private JsonNode classesOf(String id) {
        return data("query($id: ID!) { customer(id: $id) { classes { valueTier rfmSegment lifecycle behaviour breadth"
                + " channel } } }", Map.of("id", id)).at("/customer/classes");
    }

    @Test
    void segmentStrategiesAndNamesFollowTheRequestLanguageAndTheLanguageArgument() {
        PlaybookFile playbook = PlaybookFile.fromClasspath();
        String query = "query($l: Language) { segments(dimension: VALUE_TIER, language: $l) { className name nameEn"
                + " nameZh description strategy { name objective } } }";
        List<Object> zh = new ArrayList<>();
        List<Object> en = new ArrayList<>();
        for (String className : SegmentDimension.VALUE_TIER.classes()) {
            var strategy = playbook.defaultFor(SegmentDimension.VALUE_TIER, className);
            var zhText = strategy.text(Language.ZH);
            var enText = strategy.text(Language.EN);
            zh.add(Map.of("className", className, "name", zhText.name(), "nameEn", enText.name(), "nameZh",
                    zhText.name(), "description", zhText.description(), "strategy",
                    Map.of("name", zhText.name(), "objective", zhText.objective())));
            en.add(Map.of("className", className, "name", enText.name(), "nameEn", enText.name(), "nameZh",
                    zhText.name(), "description", enText.description(), "strategy",
                    Map.of("name", enText.name(), "objective", enText.objective())));
        }
        String body = ApiServer.write(Map.of("query", query, "variables", Map.of()));
        JsonNode byHeader = ApiServer.withoutCost(api.post(body, Map.of("Content-Type", "application/json",
                "Accept-Language", "zh-CN")).body());
        assertEquals(ApiServer.parse(ApiServer.write(Map.of("data", Map.of("segments", zh)))), byHeader);
        String overridden = ApiServer.write(Map.of("query", query, "variables", Map.of("l", "EN")));
        assertEquals(ApiServer.parse(ApiServer.write(Map.of("data", Map.of("segments", en)))),
                ApiServer.withoutCost(api.post(overridden, Map.of("Content-Type", "application/json",
                        "Accept-Language", "zh-CN")).body()));
    }

    private static JsonNode data(String query, Map<String, Object> variables) {
        JsonNode body = api.graphql(query, variables);
        assertNull(body.get("errors"), () -> body.toString());
        return body.get("data");
    }
}
