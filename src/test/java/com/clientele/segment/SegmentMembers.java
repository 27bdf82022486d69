package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.vocabulary.SegmentDimension;
import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helper: every member of a class read page by page over HTTP, and the KPIs those members imply. */
final class SegmentMembers {

    private static final String MEMBERS = """
            query($d: SegmentDimension!, $c: String!, $after: String) { segment(dimension: $d, className: $c) {
              members(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                nodes { id classes { lifecycle } metrics { monetary orderCount previousOrders recentOrders
                breadthScore } } } } }""";

    private SegmentMembers() {
    }

    /** Every member of the class, following the cursors to the end. */
    static List<JsonNode> all(ApiServer api, SegmentDimension dimension, String className) {
        List<JsonNode> members = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("d", dimension.name(), "c", className));
            variables.put("after", after);
            JsonNode body = api.graphql(MEMBERS, variables);
            assertNull(body.get("errors"), body::toString);
            JsonNode page = body.at("/data/segment/members");
            page.get("nodes").forEach(members::add);
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return members;
    }

    /** The KPIs of a class are what its members' metrics add up to. */
    static void assertKpisFollowFrom(List<JsonNode> members, JsonNode kpis, String what) {
        assertEquals(members.size(), kpis.get("size").asInt(), what);
        if (members.isEmpty()) {
            assertTrue(kpis.get("repurchaseRate").isNull() && kpis.get("churnRate").isNull(), what);
            return;
        }
        double revenue = members.stream().mapToDouble(member -> member.at("/metrics/monetary").asDouble()).sum();
        long orders = members.stream().mapToLong(member -> member.at("/metrics/orderCount").asLong()).sum();
        long repeat = members.stream().filter(member -> member.at("/metrics/orderCount").asInt() >= 2).count();
        long churned = members.stream()
                .filter(member -> member.at("/classes/lifecycle").asText().equals("CHURNED")).count();
        long previous = members.stream().filter(member -> member.at("/metrics/previousOrders").asInt() > 0).count();
        long retained = members.stream().filter(member -> member.at("/metrics/previousOrders").asInt() > 0
                && member.at("/metrics/recentOrders").asInt() > 0).count();
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
}
