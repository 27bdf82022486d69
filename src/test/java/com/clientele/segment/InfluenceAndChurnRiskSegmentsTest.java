package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.vocabulary.Language;
import com.clientele.strategy.PlaybookFile;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.support.ApiServer;
import com.clientele.support.ModelledSeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * INFLUENCE and CHURN_RISK as full segment dimensions over HTTP, on the seed data with every model derived: their
 * classes, KPIs, members, strategies, custom-segment filters and CLV totals, compared with the classes each customer
 * reports itself. Read-only.
 */
@UsesDataset(ModelledSeedGraph.DATASET)
class InfluenceAndChurnRiskSegmentsTest {

    private static final List<SegmentDimension> MODEL_DIMENSIONS = List.of(SegmentDimension.INFLUENCE,
            SegmentDimension.CHURN_RISK);
    private static final String SEGMENTS = """
            query($d: SegmentDimension!) { segments(dimension: $d, language: EN) { className nameEn nameZh
              kpis { size customerShare revenue revenueShare averageOrderValue repurchaseRate churnRate retentionRate
                averageBreadthScore }
              strategy { dimension className name } } }""";

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static List<ModelClasses> customers;

    @BeforeAll
    static void loadTheModelledSeedGraph() {
        ModelledSeedGraph.load();
        customers = ModelClasses.readAll(api);
    }

    @Test
    void theInfluenceAndChurnRiskSegmentsAreTheClassesTheCustomersReportWithTheirPlaybookStrategies() {
        PlaybookFile playbook = PlaybookFile.fromClasspath();
        for (SegmentDimension dimension : MODEL_DIMENSIONS) {
            Map<String, Long> sizes = ModelClasses.sizes(customers, dimension);
            assertEquals(2_000L, sizes.values().stream().mapToLong(Long::longValue).sum(), dimension.name());
            List<Object> expected = new ArrayList<>();
            sizes.forEach((className, size) -> {
                var strategy = playbook.defaultFor(dimension, className);
                expected.add(Map.of("className", className, "nameEn", strategy.text(Language.EN).name(),
                        "nameZh", strategy.text(Language.ZH).name(), "size", size, "strategy", Map.of(
                                "dimension", dimension.name(), "className", className,
                                "name", strategy.text(Language.EN).name())));
            });
            List<Object> actual = new ArrayList<>();
            for (JsonNode segment : data(SEGMENTS, Map.of("d", dimension.name())).get("segments")) {
                actual.add(Map.of("className", segment.get("className").asText(),
                        "nameEn", segment.get("nameEn").asText(), "nameZh", segment.get("nameZh").asText(),
                        "size", segment.at("/kpis/size").asLong(),
                        "strategy", JSON.convertValue(segment.get("strategy"), Map.class)));
            }
            assertEquals(expected, actual, dimension.name());
        }
    }

    @Test
    void theSeedDataHasTheInfluenceFiguresOfTheIssueAndEveryChurnRiskClassButOneHasCustomers() {
        Map<String, Long> influence = new LinkedHashMap<>(Map.of("CHAMPION", 77L, "AFFLUENT", 884L, "ADVOCATE", 115L,
                "MISER", 924L));
        assertEquals(influence, ModelClasses.sizes(customers, SegmentDimension.INFLUENCE));
        JsonNode churnRisk = data(SEGMENTS, Map.of("d", "CHURN_RISK")).get("segments");
        churnRisk.forEach(segment -> assertTrue(segment.at("/kpis/size").asInt() > 0, segment::toString));
    }

    @Test
    void everyCustomerIsInExactlyOneInfluenceAndOneChurnRiskClassAndTheKpisFollowFromTheMembers() {
        for (SegmentDimension dimension : MODEL_DIMENSIONS) {
            Set<String> seen = new HashSet<>();
            double customerShares = 0;
            double revenueShares = 0;
            for (JsonNode segment : data(SEGMENTS, Map.of("d", dimension.name())).get("segments")) {
                String className = segment.get("className").asText();
                List<JsonNode> members = SegmentMembers.all(api, dimension, className);
                members.forEach(member -> assertTrue(seen.add(member.get("id").asText()), "twice: " + member));
                members.forEach(member -> assertEquals(className, classOf(member.get("id").asText(), dimension)));
                SegmentMembers.assertKpisFollowFrom(members, segment.get("kpis"), dimension + "/" + className);
                customerShares += segment.at("/kpis/customerShare").asDouble();
                revenueShares += segment.at("/kpis/revenueShare").asDouble();
            }
            assertEquals(2_000, seen.size(), dimension.name());
            assertEquals(1.0, customerShares, 1e-9, dimension.name());
            assertEquals(1.0, revenueShares, 1e-9, dimension.name());
        }
    }

    @Test
    void aCustomSegmentFiltersOnInfluenceClassAndChurnRisk() {
        Map<String, Object> filter = Map.of("influenceClasses", List.of("CHAMPION", "ADVOCATE"),
                "churnRisks", List.of("LOW", "MEDIUM"));
        long expected = ModelClasses.count(customers, customer -> List.of("CHAMPION", "ADVOCATE")
                .contains(customer.influence()) && List.of("LOW", "MEDIUM").contains(customer.churnRisk()));
        assertTrue(expected > 0, "the test filter should match someone");
        JsonNode custom = data("""
                query($f: SegmentFilter!) { customSegment(filter: $f) { filter { influenceClasses churnRisks }
                  kpis { size } members(first: 100) { totalCount } } }""", Map.of("f", filter));
        assertEquals(ApiServer.parse("""
                {"customSegment":{"filter":{"influenceClasses":["CHAMPION","ADVOCATE"],"churnRisks":["LOW","MEDIUM"]},
                 "kpis":{"size":%d},"members":{"totalCount":%d}}}""".formatted(expected, expected)), custom);
    }

    @Test
    void clvBySegmentCoversTheInfluenceClassesAndEveryChurnRiskWithoutLeavingACustomerOut() {
        for (SegmentDimension dimension : MODEL_DIMENSIONS) {
            List<Object> expected = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            for (String className : dimension.classes()) {
                List<ModelClasses> inClass = customers.stream()
                        .filter(customer -> className.equals(customer.classIn(dimension))).toList();
                List<Double> values = inClass.stream().map(ModelClasses::predictedValue)
                        .filter(value -> value != null).toList();
                expected.add(Map.of("className", className, "customers", inClass.size(),
                        "predictedCustomers", values.size()));
                totals.add(values.stream().mapToDouble(Double::doubleValue).sum());
            }
            JsonNode bySegment = data("query($d: SegmentDimension!) { clvBySegment(dimension: $d) { className"
                    + " customers predictedCustomers totalPredictedValue } }", Map.of("d", dimension.name()))
                    .get("clvBySegment");
            List<Object> actual = new ArrayList<>();
            for (int index = 0; index < bySegment.size(); index++) {
                JsonNode segment = bySegment.get(index);
                actual.add(Map.of("className", segment.get("className").asText(),
                        "customers", segment.get("customers").asInt(),
                        "predictedCustomers", segment.get("predictedCustomers").asInt()));
                assertEquals(totals.get(index), segment.get("totalPredictedValue").asDouble(),
                        0.01 * customers.size(), segment.toString());
            }
            assertEquals(expected, actual, dimension.name());
        }
    }

    private static String classOf(String customerId, SegmentDimension dimension) {
        return customers.stream().filter(customer -> customer.id().equals(customerId)).findFirst().orElseThrow()
                .classIn(dimension);
    }

    private static JsonNode data(String query, Map<String, Object> variables) {
        JsonNode body = api.graphql(query, variables);
        assertNull(body.get("errors"), body::toString);
        return body.get("data");
    }
}
