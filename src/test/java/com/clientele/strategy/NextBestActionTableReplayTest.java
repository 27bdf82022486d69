package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays the next-best-action table as docs/strategy.md documents it over every seed customer: each customer's
 * classes (six main dimensions, churn risk after a CLV refit, influence class) are read through the API, the
 * documented table is applied to them by the test, and the answer must be the API's nextBestAction.
 */
@UsesDataset(SeedGraph.DATASET)
class NextBestActionTableReplayTest {

    private static final String PAGE = """
            query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
              nodes { id classes { valueTier rfmSegment lifecycle behaviour breadth channel }
                clv { churnRisk } influence { class }
                nextBestAction { action priority strategy { dimension className } } } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    @BeforeAll
    static void seedGraphWithAClvFit() {
        SeedGraph.load();
        JsonNode refit = api.graphql("mutation { refitClv { model { state } userErrors { message } } }");
        assertEquals("[]", refit.at("/data/refitClv/userErrors").toString(), refit.toString());
    }

    @Test
    void theDocumentedTableHasItsFourteenRules() {
        List<String> actions = DocumentedRuleTable.fromDocs().rows().stream().map(DocumentedRuleTable.Row::action)
                .toList();
        assertEquals(List.of("WIN_BACK_VIP", "WIN_BACK_CAMPAIGN", "LOW_COST_REACTIVATION", "RETENTION_OFFER",
                "FIRST_PURCHASE_OFFER", "ONBOARDING", "SECOND_PURCHASE", "VIP_CARE", "REFERRAL_ASK", "LOYALTY_AND_REFERRAL", "CROSS_SELL",
                "STABILISE", "NURTURE_GROWTH", "MAINTAIN"), actions);
    }

    @Test
    void everySeedCustomerGetsTheActionTheDocumentedTableGivesTheClassesTheApiReports() {
        DocumentedRuleTable table = DocumentedRuleTable.fromDocs();
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> actions = new TreeMap<>();
        int customers = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = api.graphql(PAGE, variables).at("/data/customers");
            for (JsonNode customer : page.get("nodes")) {
                customers++;
                DocumentedRuleTable.Expected expected = table.apply(classes(customer));
                DocumentedRuleTable.Expected actual = actual(customer.get("nextBestAction"));
                actions.merge(actual.action(), 1, Integer::sum);
                if (!expected.equals(actual)) {
                    mismatches.add(customer.get("id").asText() + " " + classes(customer) + ": documented "
                            + expected + ", API " + actual);
                }
            }
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        assertEquals(2_000, customers);
        assertEquals(0, mismatches.size(), mismatches.size() + " of " + customers + " customers differ from the"
                + " documented table (actions given: " + actions + "), e.g.\n"
                + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
        assertTrue(actions.getOrDefault("REFERRAL_ASK", 0) > 0, "REFERRAL_ASK is never given: " + actions);
    }

    private static Map<String, String> classes(JsonNode customer) {
        JsonNode classes = customer.get("classes");
        Map<String, String> byDimension = new HashMap<>();
        byDimension.put("VALUE_TIER", classes.get("valueTier").asText());
        byDimension.put("RFM_SEGMENT", classes.get("rfmSegment").asText());
        byDimension.put("LIFECYCLE", classes.get("lifecycle").asText());
        byDimension.put("BEHAVIOUR", classes.get("behaviour").asText());
        byDimension.put("BREADTH", classes.get("breadth").asText());
        byDimension.put("CHANNEL", classes.get("channel").asText());
        byDimension.put("CHURN_RISK", customer.at("/clv/churnRisk").textValue());
        byDimension.put("INFLUENCE", customer.at("/influence/class").textValue());
        return byDimension;
    }

    private static DocumentedRuleTable.Expected actual(JsonNode action) {
        return new DocumentedRuleTable.Expected(action.get("action").asText(), action.get("priority").asInt(),
                action.at("/strategy/dimension").asText(), action.at("/strategy/className").asText());
    }
}
