package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.ReferralRefresh;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.support.ApiServer;
import com.clientele.support.ModelledSeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transitions in INFLUENCE and CHURN_RISK between segment refreshes: each segment refresh records the class the
 * referral refresh and the CLV refit last stored, so a refit between two refreshes shows as moves. Changes the graph.
 */
@UsesDataset(value = ModelledSeedGraph.DATASET, changesGraph = true)
class InfluenceAndChurnRiskTransitionsTest {

    private static final List<SegmentDimension> MODEL_DIMENSIONS = List.of(SegmentDimension.INFLUENCE,
            SegmentDimension.CHURN_RISK);
    private static final String TRANSITIONS = """
            query($d: SegmentDimension!) { segmentTransitions(dimension: $d, first: 5) { from { seq } to { seq }
              counts { fromClass toClass customers }
              customers { totalCount nodes { customer { id } fromClass toClass } } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    @BeforeAll
    static void loadTheModelledSeedGraph() {
        ModelledSeedGraph.load();
    }

    @Test
    void aRefitBetweenTwoRefreshesShowsAsTheMovesOfExactlyTheCustomersWhoseClassChanged() {
        refreshEverything();
        List<ModelClasses> before = ModelClasses.readAll(api);
        JsonNode refit = data("mutation { refitClv(input: {calibrationEnd: \"2025-07-01\"}) { model { state } } }");
        assertEquals("FITTED", refit.at("/refitClv/model/state").asText());
        ReferralRefresh.run(ModelledSeedGraph.load(), InfluenceConfig.defaults());
        List<ModelClasses> after = ModelClasses.readAll(api);
        refreshEverything();
        for (SegmentDimension dimension : MODEL_DIMENSIONS) {
            JsonNode expected = expectedTransitions(dimension, before, after);
            assertTrue(expected.at("/customers/totalCount").asInt() > 0, dimension + ": the refit moved nobody");
            assertEquals(expected, data(TRANSITIONS, Map.of("d", dimension.name())).get("segmentTransitions"),
                    dimension.name());
        }
    }

    private static void refreshEverything() {
        JsonNode refreshed = data("mutation { refreshSegments(input: {asOf: \"2026-01-01\"}) { refresh { kind } } }");
        assertEquals("FULL", refreshed.at("/refreshSegments/refresh/kind").asText());
    }

    /** The moves from the classes before the refit to the classes after it, worked out from the two readings. */
    private static JsonNode expectedTransitions(SegmentDimension dimension, List<ModelClasses> before,
            List<ModelClasses> after) {
        Map<String, ModelClasses> earlier = before.stream()
                .collect(Collectors.toMap(ModelClasses::id, Function.identity()));
        List<Map<String, Object>> moves = after.stream()
                .filter(customer -> !customer.classIn(dimension).equals(earlier.get(customer.id()).classIn(dimension)))
                .sorted(Comparator.comparing(ModelClasses::id))
                .map(customer -> Map.<String, Object>of("customer", Map.of("id", customer.id()),
                        "fromClass", earlier.get(customer.id()).classIn(dimension),
                        "toClass", customer.classIn(dimension)))
                .toList();
        Map<String, Long> pairs = new TreeMap<>(moves.stream().collect(Collectors.groupingBy(
                move -> move.get("fromClass") + "\u0000" + move.get("toClass"), Collectors.counting())));
        List<Map<String, Object>> counts = new ArrayList<>();
        pairs.forEach((pair, customers) -> counts.add(Map.of("fromClass", pair.split("\u0000")[0],
                "toClass", pair.split("\u0000")[1], "customers", customers)));
        return ApiServer.parse(ApiServer.write(Map.of("from", Map.of("seq", 2), "to", Map.of("seq", 3),
                "counts", counts, "customers", Map.of("totalCount", moves.size(),
                        "nodes", moves.subList(0, Math.min(5, moves.size()))))));
    }

    private static JsonNode data(String query) {
        return data(query, Map.of());
    }

    private static JsonNode data(String query, Map<String, Object> variables) {
        JsonNode body = api.graphql(query, variables);
        assertNull(body.get("errors"), body::toString);
        return body.get("data");
    }
}
