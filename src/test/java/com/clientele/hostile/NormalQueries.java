package com.clientele.hostile;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordinary queries a frontend sends, over what the storm aimed at (customers, their orders, segment revenue,
 * catalogue, referrals, CLV, cross-sell, keys, refreshes): answered before the storm and compared, whole, after it.
 */
final class NormalQueries {

    private final Map<String, String[]> queries = new LinkedHashMap<>();

    NormalQueries(KnownIds ids, StormKeys keys) {
        String customer = "\"" + ids.orderableCustomers().get(0) + "\"";
        add("first customers with profiles and classes", keys.admin(), "{ customers(first: 5) { totalCount nodes { id"
                + " name email birthYear ageBand region city signupDate classes { valueTier lifecycle rfmSegment } } }"
                + " }");
        add("orders of the first 100 customers", keys.integrator(), "{ customers(first: 100) { nodes { id orders("
                + "first: 3) { totalCount nodes { id total lineCount } } } } }");
        add("one customer's orders and lines", keys.admin(), "{ customer(id: " + customer + ") { id name orders("
                + "first: 5) { totalCount nodes { id orderedAt total lines { line product { id } quantity unitPrice"
                + " amount } } } } }");
        add("segment revenue", keys.reader(), "{ segments(dimension: VALUE_TIER) { className kpis { size revenue"
                + " revenueShare averageOrderValue } } }");
        add("catalogue", keys.reader(), "{ products(first: 10) { totalCount nodes { id name price category { id } } }"
                + " categories { id name nameZh parent { id } children { id } } }");
        add("referrals", keys.reader(), "{ topReferrers(first: 5) { totalCount nodes { id referralStats {"
                + " directReferrals cascadeRevenue } } } referralProgramme { customers referrals kFactor } }");
        add("CLV by segment", keys.reader(), "{ clvBySegment(dimension: VALUE_TIER) { className customers"
                + " totalPredictedValue } }");
        add("cross-sell and next best action", keys.admin(), "{ customer(id: " + customer + ") { crossSell(first: 3)"
                + " { product { id } score reasonKind } nextBestAction { action } } }");
        add("keys, refreshes and saved segments", keys.admin(), "{ apiKeys { name role active } refreshes(first: 5) {"
                + " seq kind asOf customers changed } savedSegments { id name } }");
        add("READER view of customers", keys.reader(), "{ customers(first: 3) { nodes { id name email birthYear"
                + " region } } }");
    }

    private void add(String name, String authorization, String query) {
        queries.put(name, new String[] {authorization, query});
    }

    /** Every answer, whole (without the cost report), by query name. */
    Map<String, JsonNode> answers(ApiServer api) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        queries.forEach((name, query) -> answers.put(name, answer(api, query[0], query[1])));
        return answers;
    }

    private static JsonNode answer(ApiServer api, String authorization, String query) {
        try {
            return api.graphql(query, Map.of(), Map.of("Authorization", authorization));
        } catch (RuntimeException notJson) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf("no JSON answer: " + notJson.getMessage());
        }
    }

    /** The queries whose answer after the storm is not the one before it. */
    static List<Failure> changed(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        return before.keySet().stream().filter(name -> !before.get(name).equals(after.get(name)))
                .map(name -> new Failure(Family.AFTERWARDS, Failure.Kind.CHANGED, name, "before: "
                        + HostileRequest.abbreviated(before.get(name).toString(), 300) + " after: "
                        + HostileRequest.abbreviated(String.valueOf(after.get(name)), 300)))
                .toList();
    }
}
