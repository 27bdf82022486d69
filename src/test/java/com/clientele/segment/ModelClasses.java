package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.clientele.vocabulary.SegmentDimension;
import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Test view of every customer's influence-grid class and churn risk as the customer itself reports them
 * ({@code Customer.influence.class}, {@code Customer.clv.churnRisk}), read page by page through {@code customers}:
 * the independent side the INFLUENCE and CHURN_RISK segments are compared with. A customer whose CLV has no churn
 * risk is in CHURN_RISK's NO_PREDICTION class.
 */
record ModelClasses(String id, String influence, String churnRisk, Double predictedValue) {

    private static final String PAGE = """
            query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
              nodes { id influence { class } clv { churnRisk predictedValue } } } }""";

    static List<ModelClasses> readAll(ApiServer api) {
        List<ModelClasses> customers = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode body = api.graphql(PAGE, variables);
            assertNull(body.get("errors"), body::toString);
            JsonNode page = body.at("/data/customers");
            page.get("nodes").forEach(node -> customers.add(new ModelClasses(node.get("id").asText(),
                    node.at("/influence/class").asText(null),
                    node.at("/clv/churnRisk").isNull() ? "NO_PREDICTION" : node.at("/clv/churnRisk").asText(),
                    node.at("/clv/predictedValue").isNull() ? null : node.at("/clv/predictedValue").asDouble())));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return customers;
    }

    String classIn(SegmentDimension dimension) {
        return dimension == SegmentDimension.INFLUENCE ? influence : churnRisk;
    }

    /** How many of {@code customers} are in each class of the dimension, in the dimension's order, zeros included. */
    static Map<String, Long> sizes(List<ModelClasses> customers, SegmentDimension dimension) {
        Map<String, Long> counted = customers.stream()
                .collect(Collectors.groupingBy(customer -> customer.classIn(dimension), Collectors.counting()));
        Map<String, Long> sizes = new LinkedHashMap<>();
        dimension.classes().forEach(className -> sizes.put(className, counted.getOrDefault(className, 0L)));
        return sizes;
    }

    static long count(List<ModelClasses> customers, Predicate<ModelClasses> condition) {
        return customers.stream().filter(condition).count();
    }
}
