package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An explicit {@code null} for a nullable argument that has a default ({@code first: null}, {@code maxDepth: null},
 * {@code direction: null}, ...) means the default, exactly as leaving the argument out does: the same answer, never
 * an internal error. On the seed graph, so that every field has something to answer.
 */
@UsesDataset(SeedGraph.DATASET)
class ExplicitNullArgumentsTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    static Stream<List<String>> argumentsWithDefaults() {
        return Stream.of(
                List.of("{ crossSellBatch(customerIds: [\"C000001\"], first: null, strategy: null) { recommendations { product { id } } } }",
                        "{ crossSellBatch(customerIds: [\"C000001\"]) { recommendations { product { id } } } }"),
                List.of("{ customer(id: \"C000001\") { crossSell(first: null, strategy: null) { product { id } } } }",
                        "{ customer(id: \"C000001\") { crossSell { product { id } } } }"),
                List.of("{ customer(id: \"C000001\") { referralCascade(maxDepth: null) { __typename } } }",
                        "{ customer(id: \"C000001\") { referralCascade { __typename } } }"),
                List.of("{ products(first: 3) { totalCount nodes { boughtTogether(first: null, minBaskets: null, minSupport: null) { __typename } } } }",
                        "{ products(first: 3) { totalCount nodes { boughtTogether { __typename } } } }"),
                List.of("{ refreshes(first: null) { seq } }", "{ refreshes { seq } }"),
                List.of("{ customersByClv(first: null, orderBy: null, direction: null) { nodes { id } } }",
                        "{ customersByClv { nodes { id } } }"),
                List.of("{ topReferrers(first: null, orderBy: null) { nodes { id } } }",
                        "{ topReferrers { nodes { id } } }"),
                List.of("{ customers(first: null, orderBy: {field: NAME, direction: null}) { nodes { id } } }",
                        "{ customers(orderBy: {field: NAME}) { nodes { id } } }"),
                List.of("{ referrals(first: null) { totalCount } }", "{ referrals { totalCount } }"));
    }

    @ParameterizedTest
    @MethodSource("argumentsWithDefaults")
    void anExplicitNullForAnArgumentWithADefaultAnswersAsIfItWereLeftOut(List<String> queries) {
        JsonNode withNulls = api.graphql(queries.get(0), Map.of());
        JsonNode withoutArguments = api.graphql(queries.get(1), Map.of());
        assertEquals(withoutArguments.path("data").toString(), withNulls.path("data").toString(),
                withNulls.toString());
        assertEquals(withoutArguments.path("errors").toString(), withNulls.path("errors").toString(),
                withNulls.toString());
    }
}
