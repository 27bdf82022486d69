package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLV queries over HTTP on the seed data with one refit. */
@UsesDataset(SeedClvGraph.DATASET)
class ClvGraphQLTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static Map<String, ClvScores> scores;

    @BeforeAll
    static void loadAndStart() {
        scores = ClvScores.read(SeedClvGraph.load());
    }

    private static JsonNode data(String query) {
        JsonNode response = api.graphql(query);
        assertFalse(response.has("errors"), response::toString);
        return response.path("data");
    }

    @Test
    void customersByClvAreTheLowRiskOnesWorthTheMinimumMostValuableFirst() {
        JsonNode page = data("{ customersByClv(first: 50, churnRisks: [LOW], minPredictedValue: 100) {"
                + " totalCount nodes { id clv { state predictedValue churnRisk horizonMonths } } } }")
                .path("customersByClv");
        long expected = scores.values().stream().filter(score -> "LOW".equals(score.churnRisk()) && score.value() >= 100).count();
        assertEquals(expected, page.path("totalCount").asLong());
        List<Double> values = new ArrayList<>();
        page.path("nodes").forEach(node -> {
            assertEquals("LOW", node.at("/clv/churnRisk").asText());
            assertEquals(12, node.at("/clv/horizonMonths").asInt());
            values.add(node.at("/clv/predictedValue").asDouble());
        });
        assertEquals(50, values.size());
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i - 1) >= values.get(i), values::toString);
        }
    }

    @Test
    void clvBySegmentAddsUpToThePredictionsOfEveryCustomer() {
        JsonNode classes = data("{ clvBySegment(dimension: CHURN_RISK) { className customers predictedCustomers"
                + " totalPredictedValue averagePredictedValue } }").path("clvBySegment");
        List<String> names = new ArrayList<>();
        double total = 0;
        for (JsonNode segment : classes) {
            names.add(segment.path("className").asText());
            total += segment.path("totalPredictedValue").asDouble();
        }
        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "NOT_ENOUGH_HISTORY", "NO_PREDICTION"), names);
        double expected = scores.values().stream().filter(score -> score.value() != null).mapToDouble(ClvScores::value).sum();
        assertEquals(expected, total, 0.01 * names.size());
        assertTrue(classes.get(3).path("averagePredictedValue").isNull());
        assertTrue(classes.get(4).path("averagePredictedValue").isNull());
        int customers = 0;
        for (JsonNode segment : classes) {
            customers += segment.path("customers").asInt();
        }
        assertEquals(scores.size(), customers, "every customer the fit scored has a churn risk class");
    }

    @Test
    void theModelQueryShowsTheFitItsBoundaryExplanationAndAProspectHasNoPurchases() {
        JsonNode model = data("{ clvModel { purchaseModel state explanation { en zh } timeUnit customers repeatBuyers"
                + " r alpha a b bgNbdLogLikelihood p q gamma gammaGammaLogLikelihood gammaGammaCustomers horizonMonths"
                + " monthlyDiscountRate calibrationEnd quality { holdoutDays beatsBaseline verdict { en zh } } } }")
                .path("clvModel");
        assertEquals("MBG_NBD", model.path("purchaseModel").asText());
        assertEquals("BOUNDARY_FIT", model.path("state").asText(), model::toString);
        assertTrue(model.at("/explanation/en").asText().contains("same dropout probability"), model::toString);
        assertTrue(model.at("/explanation/zh").asText().contains("流失概率相同"), model::toString);
        assertEquals(364, model.at("/quality/holdoutDays").asInt(), model::toString);
        assertTrue(model.at("/quality/verdict/zh").asText().contains("客户检验"), model::toString);
        assertEquals("WEEKS", model.path("timeUnit").asText());
        assertEquals("2026-01-01", model.path("calibrationEnd").asText());
        assertTrue(model.path("bgNbdLogLikelihood").asDouble() < 0);
        String prospect = scores.values().stream().filter(score -> !score.hasOrders()).findFirst().orElseThrow().id();
        JsonNode clv = data("{ customer(id: \"" + prospect + "\") { clv { state predictedValue churnRisk } } }");
        assertEquals("NO_PURCHASES", clv.at("/customer/clv/state").asText());
        assertTrue(clv.at("/customer/clv/predictedValue").isNull());
    }

    @Test
    void beforeAnyReferralRefreshNoCustomerIsInAnInfluenceClassYetEveryClassIsListed() {
        assertEquals(ApiServer.parse("""
                {"clvBySegment":[{"className":"CHAMPION","customers":0},{"className":"AFFLUENT","customers":0},
                 {"className":"ADVOCATE","customers":0},{"className":"MISER","customers":0}]}"""),
                data("{ clvBySegment(dimension: INFLUENCE) { className customers } }"));
    }
}
