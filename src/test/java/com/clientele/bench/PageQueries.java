package com.clientele.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The list queries {@link PageBenchmark} times, by name: the shapes CRM screens and the issue-14 goals name. */
final class PageQueries {

    private static final String LINES = "lines { quantity unitPrice product { name price } }";

    private PageQueries() {
    }

    static Map<String, String> all() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("Q1 customers+orders+lines", "{ customers(first: 20) { nodes { id name orders(first: 5) {"
                + " nodes { id orderedAt total " + LINES + " } } } } }");
        queries.put("Q1 deep page (after 5000)", "{ customers(first: 20, after: \"b2Zmc2V0OjQ5OTk=\") { nodes { id"
                + " orders(first: 5) { nodes { id " + LINES + " } } } } }");
        queries.put("Q4 region by name +total", "{ customers(first: 50, filter: {regions: [\"广东\"]},"
                + " orderBy: {field: NAME}) { totalCount nodes { id name } } }");
        queries.put("customers +totalCount", "{ customers(first: 20) { totalCount nodes { id } } }");
        queries.put("newest sign-ups", "{ customers(first: 20, orderBy: {field: SIGNUP_DATE, direction: DESC})"
                + " { nodes { id signupDate } } }");
        queries.put("segment members by spend", "{ segment(dimension: VALUE_TIER, className: \"HIGH\") {"
                + " members(first: 20) { totalCount nodes { id } } } }");
        queries.put("custom segment members", "{ customSegment(filter: {lifecycles: [DECLINING], minOrders: 2}) {"
                + " members(first: 20, orderBy: {field: RECENCY, direction: ASC}) { nodes { id } } } }");
        queries.put("customersByClv", "{ customersByClv(first: 20) { nodes { id clv { predictedValue } } } }");
        queries.put("topReferrers", "{ topReferrers(first: 20) { nodes { id } } }");
        return queries;
    }
}
