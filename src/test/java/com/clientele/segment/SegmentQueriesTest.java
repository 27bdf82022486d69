package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.strategy.NextBestActionRules;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The segment queries over HTTP against the seed graph (2,000 customers, one full refresh); read-only. */
@UsesDataset(SeedGraph.DATASET)
class SegmentQueriesTest {

    private static final List<SegmentDimension> DERIVED = List.of(SegmentDimension.VALUE_TIER,
            SegmentDimension.RFM_SEGMENT, SegmentDimension.LIFECYCLE, SegmentDimension.BEHAVIOUR,
            SegmentDimension.BREADTH, SegmentDimension.CHANNEL);
    private static final String SEGMENTS = """
            query($d: SegmentDimension!) { segments(dimension: $d) { className kpis { size customerShare revenue
              revenueShare averageOrderValue repurchaseRate churnRate retentionRate averageBreadthScore } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    @Test
    void everyDimensionListsAllItsClassesWhoseSizesAndRevenueSharesAddUp() {
        for (SegmentDimension dimension : DERIVED) {
            JsonNode segments = data(SEGMENTS, Map.of("d", dimension.name())).get("segments");
            List<String> names = segments.findValuesAsText("className");
            assertEquals(dimension.classes(), names, dimension.name());
            int sizes = 0;
            double revenueShares = 0;
            double customerShares = 0;
            for (JsonNode segment : segments) {
                sizes += segment.at("/kpis/size").asInt();
                revenueShares += segment.at("/kpis/revenueShare").asDouble();
                customerShares += segment.at("/kpis/customerShare").asDouble();
            }
            assertEquals(2_000, sizes, dimension.name());
            assertEquals(1.0, revenueShares, 1e-9, dimension.name());
            assertEquals(1.0, customerShares, 1e-9, dimension.name());
        }
    }

    @Test
    void everyCustomerIsInExactlyOneClassPerDimensionAndTheKpisFollowFromTheMembers() {
        for (SegmentDimension dimension : DERIVED) {
            Set<String> seen = new HashSet<>();
            for (JsonNode segment : data(SEGMENTS, Map.of("d", dimension.name())).get("segments")) {
                List<JsonNode> members = SegmentMembers.all(api, dimension, segment.get("className").asText());
                members.forEach(member -> assertTrue(seen.add(member.get("id").asText()), "twice: " + member));
                SegmentMembers.assertKpisFollowFrom(members, segment.get("kpis"), dimension + "/" + segment.get("className"));
            }
            assertEquals(2_000, seen.size(), dimension.name());
        }
    }

    @Test
    void membersArePagedInTheRequestedOrderWithStableCursors() {
        String query = """
                query($after: String, $first: Int) { segment(dimension: VALUE_TIER, className: "HIGH") {
                  members(first: $first, after: $after, orderBy: {field: MONETARY, direction: DESC}) {
                    totalCount pageInfo { endCursor } nodes { id metrics { monetary } } } } }""";
        Map<String, Object> firstTen = new HashMap<>(Map.of("first", 10));
        firstTen.put("after", null);
        JsonNode ten = data(query, firstTen).at("/segment/members");
        Map<String, Object> firstFive = new HashMap<>(Map.of("first", 5));
        firstFive.put("after", null);
        JsonNode five = data(query, firstFive).at("/segment/members");
        JsonNode next = data(query, Map.of("first", 5, "after", five.at("/pageInfo/endCursor").asText()))
                .at("/segment/members");
        List<JsonNode> joined = new ArrayList<>();
        five.get("nodes").forEach(joined::add);
        next.get("nodes").forEach(joined::add);
        List<JsonNode> expected = new ArrayList<>();
        ten.get("nodes").forEach(expected::add);
        assertEquals(expected, joined);
        for (int i = 1; i < expected.size(); i++) {
            assertTrue(expected.get(i - 1).at("/metrics/monetary").asDouble()
                    >= expected.get(i).at("/metrics/monetary").asDouble());
        }
        assertEquals(ten.get("totalCount"), next.get("totalCount"));
    }

    @Test
    void aCustomSegmentCountsExactlyTheCustomersADirectQueryCounts() {
        Map<String, Object> conditions = Map.of("valueTiers", List.of("HIGH", "MID"),
                "lifecycles", List.of("MATURE", "GROWING"), "genders", List.of("FEMALE"), "minMonetary", 1000.0);
        long direct = SeedGraph.load().read("test-support/count-custom-segment", conditions,
                row -> row.get("customers").asLong()).get(0);
        JsonNode custom = data("""
                query($f: SegmentFilter!) { customSegment(filter: $f) { kpis { size }
                  members(first: 100) { totalCount nodes { classes { valueTier lifecycle } gender } } } }""",
                Map.of("f", conditions)).get("customSegment");
        assertTrue(direct > 0, "the test filter should match someone");
        assertEquals(direct, custom.at("/kpis/size").asLong());
        assertEquals(direct, custom.at("/members/totalCount").asLong());
        for (JsonNode member : custom.at("/members/nodes")) {
            assertTrue(List.of("HIGH", "MID").contains(member.at("/classes/valueTier").asText()));
            assertEquals("FEMALE", member.get("gender").asText());
        }
    }

    @Test
    void aCustomersNextBestActionIsTheRuleTableAppliedToItsStoredClasses() {
        JsonNode members = data("""
                { segment(dimension: LIFECYCLE, className: "MATURE") { members(first: 20) { nodes { id
                  classes { valueTier rfmSegment lifecycle behaviour breadth channel discountSeeking newProductSeeking }
                  rfm { segment } favouriteCategory { id } influence { class } clv { churnRisk }
                  nextBestAction { action priority } } } } }""", Map.of())
                .at("/segment/members/nodes");
        assertEquals(20, members.size());
        for (JsonNode customer : members) {
            JsonNode c = customer.get("classes");
            CustomerClasses classes = CustomerClasses.of(c.get("valueTier").asText(), c.get("rfmSegment").asText(),
                    c.get("lifecycle").asText(), c.get("behaviour").asText(), c.get("breadth").asText(),
                    c.get("channel").asText()).withChurnRisk(customer.at("/clv/churnRisk").textValue())
                    .withInfluence(customer.at("/influence/class").textValue())
                    .withPreferences(c.get("discountSeeking").asBoolean(), c.get("newProductSeeking").asBoolean(),
                            customer.at("/favouriteCategory/id").asText());
            var expected = NextBestActionRules.decide(classes);
            assertEquals(expected.action().name(),
                    customer.at("/nextBestAction/action").asText());
            assertEquals(expected.priority(),
                    customer.at("/nextBestAction/priority").asInt());
            assertEquals(c.get("rfmSegment"), customer.at("/rfm/segment"));
        }
    }

    @Test
    void beforeAnyClvFitNoCustomerIsInAChurnRiskClassYetEveryClassIsListed() {
        List<Object> expected = SegmentDimension.CHURN_RISK.classes().stream().map(className -> (Object) Map.of(
                "className", className, "kpis", Map.of("size", 0, "customerShare", 0.0))).toList();
        assertEquals(ApiServer.parse(ApiServer.write(Map.of("segments", expected))),
                data("{ segments(dimension: CHURN_RISK) { className kpis { size customerShare } } }", Map.of()));
    }

    @Test
    void withASingleRefreshTransitionsAreAnEmptySetThatSaysWhy() {
        JsonNode body = api.graphql("""
                { refreshes(first: 5) { seq kind } segmentTransitions(dimension: LIFECYCLE) { from { seq } to { seq }
                  counts { fromClass toClass customers } customers { totalCount nodes { fromClass } } } }""");
        assertEquals(ApiServer.parse("""
                {"data":{"refreshes":[{"seq":1,"kind":"FULL"}],"segmentTransitions":{"from":null,"to":{"seq":1},
                 "counts":[],"customers":{"totalCount":0,"nodes":[]}}}}"""), body);
        assertEquals(ApiServer.parse("""
                {"segmentTransitions":{"note":"Only one refresh has finished (seq 1, as of 2026-01-01), and moves
                 compare two: there is nothing to compare yet. Run another refresh (refreshSegments) to see who moves."}}
                """.replace("\n ", " ")), data("{ segmentTransitions(dimension: LIFECYCLE) { note } }", Map.of()));
    }

    @Test
    void aRefusedTransitionsQueryNullsOnlyItselfSoItsSiblingsStillAnswer() {
        JsonNode body = api.graphql("""
                { refreshes(first: 5) { seq } segmentTransitions(dimension: LIFECYCLE, fromClass: "NOPE") { counts { fromClass } } }""");
        assertEquals(ApiServer.parse("""
                {"errors":[{"message":"fromClass 'NOPE' is not a class of LIFECYCLE; its classes are [PROSPECT, NEW,\
                 ONE_TIME, GROWING, MATURE, DECLINING, CHURNED]","locations":[{"line":1,"column":31}],"path":["segmentTransitions"],\
                 "extensions":{"code":"BAD_USER_INPUT","classification":"BAD_USER_INPUT"}}],
                 "data":{"refreshes":[{"seq":1}],"segmentTransitions":null}}"""), body);
    }

    @Test
    void aTransitionPointNamingNoRefreshIsANotFoundErrorOfThatFieldAlone() {
        JsonNode body = api.graphql("""
                { refreshes(first: 5) { seq } segmentTransitions(dimension: INFLUENCE, from: {refreshSeq: 99}) { note } }""");
        assertEquals(ApiServer.parse("""
                {"errors":[{"message":"from: there is no finished refresh with seq 99","locations":[{"line":1,"column":31}],
                 "path":["segmentTransitions"],"extensions":{"code":"NOT_FOUND","classification":"NOT_FOUND"}}],
                 "data":{"refreshes":[{"seq":1}],"segmentTransitions":null}}"""), body);
    }

    @Test
    void anUnknownClassIsNoSegment() {
        assertEquals(ApiServer.parse("{\"segment\":null}"),
                data("{ segment(dimension: VALUE_TIER, className: \"PLATINUM\") { className } }", Map.of()));
    }

    private static JsonNode data(String query, Map<String, Object> variables) {
        JsonNode body = api.graphql(query, variables);
        assertNull(body.get("errors"), () -> body.toString());
        return body.get("data");
    }
}
