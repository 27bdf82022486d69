package com.clientele.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic stream of malformed and hostile /graphql requests: broken JSON, huge strings, deep nesting,
 * alias and fragment bombs, wrong types, Cypher-injection strings in every string argument, oversized pages,
 * forbidden writes and bad credentials.
 */
final class HostileRequests {

    /** One request: the body, its content type, and whether it carries the reader's or integrator's key. */
    record Hostile(String body, String contentType, String authorization) {
    }

    static final List<String> INJECTIONS = List.of("' OR 1=1 //", "\") MATCH (n) DETACH DELETE n //",
            "x'}) DETACH DELETE c RETURN 1 //", "$ids", "\\u0000", "{id: 'x'}", "`; CALL db.clearQueryCaches() //",
            "') WITH 1 AS x MATCH (n) SET n.hacked = true //", "%00%27", "🙂".repeat(50));

    private final Random random = new Random(20260101);
    private final String reader;
    private final String integrator;

    HostileRequests(String readerToken, String integratorToken) {
        this.reader = "Bearer " + readerToken;
        this.integrator = "Bearer " + integratorToken;
    }

    Hostile next(int i) {
        String injection = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
        return switch (i % 12) {
            case 0 -> json("{\"query\": \"{ customers { totalCount } " + injection, reader);
            case 1 -> query("{ customer(id: " + quote(injection) + ") { id name orders { nodes { id } } } }", reader);
            case 2 -> query("{ customers(filter: {nameContains: " + quote(injection) + ", regions: [" + quote(injection)
                    + "], cities: [" + quote(injection) + "], countries: [" + quote(injection) + "], occupations: ["
                    + quote(injection) + "], ids: [" + quote(injection) + "]}) { totalCount nodes { id } } }", reader);
            case 3 -> deep(16 + random.nextInt(200));
            case 4 -> query(aliases(200 + random.nextInt(2000)), reader);
            case 5 -> query("{ customers(first: " + (101 + random.nextInt(1_000_000)) + ") { nodes { id } } }", reader);
            case 6 -> query("{ customers(first: \"" + injection.replace("\"", "") + "\") { totalCount } }", reader);
            case 7 -> query("{ product(id: " + quote("p".repeat(i % 120 == 7 ? 900_000 : 10_000)) + ") { id } }",
                    reader);
            case 8 -> query("mutation { upsertCustomer(input: {id: " + quote(injection) + ", name: " + quote(injection)
                    + ", email: " + quote(injection) + "}) { userErrors { code } } }", reader);
            case 9 -> query("mutation { recordOrder(input: {id: " + quote(injection) + ", customerId: "
                    + quote(injection) + ", orderedAt: \"2025-01-01T00:00:00Z\", lines: [{productId: "
                    + quote(injection) + ", quantity: -1, unitPrice: 1}]}) { userErrors { code } } }", integrator);
            case 10 -> query(fragmentBomb(), reader);
            default -> new Hostile(garbage(), random.nextBoolean() ? "application/json" : "text/plain",
                    random.nextBoolean() ? reader : "Bearer " + injection.replaceAll("[^\\x20-\\x7e]", "?"));
        };
    }

    private Hostile deep(int levels) {
        boolean balanced = random.nextBoolean();
        return query("{ categories { " + "children { ".repeat(levels) + "id" + " }".repeat(balanced ? levels : 3)
                + " } }", reader);
    }

    private Hostile query(String query, String authorization) {
        return json(com.clientele.support.ApiServer.write(Map.of("query", query)), authorization);
    }

    private static Hostile json(String body, String authorization) {
        return new Hostile(body, "application/json", authorization);
    }

    private static String quote(String text) {
        return com.clientele.support.ApiServer.write(text);
    }

    private static String aliases(int count) {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i < count; i++) {
            query.append("a").append(i).append(": customers(first: 100) { nodes { id name } } ");
        }
        return query.append("}").toString();
    }

    private static String fragmentBomb() {
        List<String> fragments = new ArrayList<>();
        fragments.add("fragment f0 on Category { id name }");
        for (int level = 1; level < 20; level++) {
            fragments.add("fragment f" + level + " on Category { children { ...f" + (level - 1) + " } parent { ...f"
                    + (level - 1) + " } }");
        }
        return "{ categories { ...f19 } } " + String.join(" ", fragments);
    }

    private String garbage() {
        byte[] bytes = new byte[1 + random.nextInt(2_000)];
        random.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
