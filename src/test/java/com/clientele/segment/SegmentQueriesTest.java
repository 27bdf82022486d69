package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.strategy.CustomerClasses;
import com.clientele.strategy.NextBestActionRules;
import com.clientele.strategy.SegmentDimension;
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
    private static final String MEMBERS = """
            query($d: SegmentDimension!, $c: String!, $after: String) { segment(dimension: $d, className: $c) {
              members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                nodes { id classes { lifecycle } metrics { monetary orderCount previousOrders recentOrders
                breadthScore } } } } }""";

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
                List<JsonNode> members = allMembers(dimension, segment.get("className").asText());
                members.forEach(m -> assertTrue(seen.add(m.get("id").asText()), "twice: " + m.get("id")));
                assertKpisFollowFrom(members, segment.get("kpis"), dimension + "/" + segment.get("className"));
            }
            assertEquals(2_000, seen.size(), dimension.name());
        }
    }

    private List<JsonNode> allMembers(SegmentDimension dimension, String className) {
        List<JsonNode> members = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("d", dimension.name(), "c", className));
            variables.put("after", after);
            JsonNode page = data(MEMBERS, variables).at("/segment/members");
            page.get("nodes").forEach(members::add);
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return members;
    }

    private static void assertKpisFollowFrom(List<JsonNode> members, JsonNode kpis, String what) {
        assertEquals(members.size(), kpis.get("size").asInt(), what);
        if (members.isEmpty()) {
            assertTrue(kpis.get("repurchaseRate").isNull() && kpis.get("churnRate").isNull(), what);
            return;
        }
        double revenue = members.stream().mapToDouble(m -> m.at("/metrics/monetary").asDouble()).sum();
        long orders = members.stream().mapToLong(m -> m.at("/metrics/orderCount").asLong()).sum();
        long repeat = members.stream().filter(m -> m.at("/metrics/orderCount").asInt() >= 2).count();
        long churned = members.stream().filter(m -> m.at("/classes/lifecycle").asText().equals("CHURNED")).count();
        long previous = members.stream().filter(m -> m.at("/metrics/previousOrders").asInt() > 0).count();
        long retained = members.stream().filter(m -> m.at("/metrics/previousOrders").asInt() > 0
                && m.at("/metrics/recentOrders").asInt() > 0).count();
        assertEquals(revenue, kpis.get("revenue").asDouble(), 0.01 * members.size() + 0.01, what);
        assertClose(orders == 0 ? null : revenue / orders, number(kpis.get("averageOrderValue")), 0.01, what);
        assertEquals((double) repeat / members.size(), kpis.get("repurchaseRate").asDouble(), 1e-9, what);
        assertEquals((double) churned / members.size(), kpis.get("churnRate").asDouble(), 1e-9, what);
        assertClose(previous == 0 ? null : (double) retained / previous, number(kpis.get("retentionRate")), 1e-9,
                what);
    }

    private static void assertClose(Double expected, Double actual, double delta, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(expected, actual, delta, what);
    }

    private static Double number(JsonNode value) {
        return value.isNull() ? null : value.asDouble();
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
                r -> r.get("customers").asLong()).get(0);
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
    void dimensionsNoRefreshDerivesYetAreRefusedWithAClearError() {
        JsonNode body = api.graphql("{ segments(dimension: CHURN_RISK) { className } }");
        assertEquals("BAD_USER_INPUT",
                body.at("/errors/0/extensions/code").asText());
        assertTrue(body.at("/errors/0/message").asText().contains("CHURN_RISK is not derived"));
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
