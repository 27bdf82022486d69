package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Test view of every classified customer's lifecycle, churn risk and the reason the API gives when they contradict
 * each other ({@code Customer.clv.churnRiskNote} in English and Chinese), read page by page over HTTP, and the
 * check that exactly the contradicting customers get a reason.
 */
record ChurnRiskReasons(String id, String lifecycle, String churnRisk, String english, String chinese) {

    private static final String PAGE = """
            query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
              nodes { id clv { churnRisk churnRiskNote { en zh } } classes { lifecycle } } } }""";
    private static final Set<String> ACTIVE = Set.of("NEW", "ONE_TIME", "GROWING", "MATURE");

    static List<ChurnRiskReasons> readAll(ApiServer api) {
        List<ChurnRiskReasons> customers = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode body = api.graphql(PAGE, variables);
            assertNull(body.get("errors"), body::toString);
            JsonNode page = body.at("/data/customers");
            page.get("nodes").forEach(node -> customers.add(new ChurnRiskReasons(node.get("id").asText(),
                    node.at("/classes/lifecycle").asText(), node.at("/clv/churnRisk").asText(null),
                    node.at("/clv/churnRiskNote/en").asText(null), node.at("/clv/churnRiskNote/zh").asText(null))));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return customers;
    }

    boolean contradicts() {
        return "CHURNED".equals(lifecycle) && "LOW".equals(churnRisk)
                || ACTIVE.contains(lifecycle) && "HIGH".equals(churnRisk);
    }

    /**
     * Every customer whose churn risk contradicts its lifecycle is told why in both languages, and no other customer
     * gets a reason. Returns the contradictions found, by lifecycle and churn risk.
     */
    static Map<String, Long> assertExactlyTheContradictionsAreExplained(List<ChurnRiskReasons> customers) {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> contradictions = new TreeMap<>();
        for (ChurnRiskReasons customer : customers) {
            boolean explained = customer.english() != null && customer.chinese() != null;
            if (customer.contradicts()) {
                contradictions.merge(customer.lifecycle() + "/" + customer.churnRisk(), 1L, Long::sum);
            }
            if (explained != customer.contradicts()) {
                wrong.add(customer.id() + " " + customer.lifecycle() + "/" + customer.churnRisk() + ": "
                        + customer.english());
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), wrong.size() + " customers");
        return contradictions;
    }
}
