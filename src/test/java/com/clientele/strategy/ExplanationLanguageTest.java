package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.clientele.vocabulary.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every explanation a customer-facing field returns (next-best-action and cross-sell reasons) is written in the
 * request's language and names categories, products, classes and places by their display names, never by ids.
 */
@UsesDataset(SeedGraph.DATASET)
class ExplanationLanguageTest {

    private static final String CUSTOMERS = """
            query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
              nodes { id classes { lifecycle } nextBestAction { reason } } } }""";
    private static final String CROSS_SELL = """
            query($ids: [ID!]!, $strategy: CrossSellStrategy) { crossSellBatch(customerIds: $ids, first: 5,
              strategy: $strategy) { customerId recommendations { reasonKind reason } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static ReasonTextCheck check;
    private static final List<String> PROSPECTS = new ArrayList<>();
    private static final List<String> SAMPLE = new ArrayList<>();

    @BeforeAll
    static void productNamesAndASampleOfCustomers() {
        SeedGraph.load();
        Set<String> namesEn = new HashSet<>();
        Set<String> namesZh = new HashSet<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = inLanguage("query($after: String) { products(first: 100, after: $after) {"
                    + " pageInfo { hasNextPage endCursor } nodes { name nameZh } } }", variables, Language.EN)
                    .at("/data/products");
            page.get("nodes").forEach(product -> {
                namesEn.add(product.get("name").asText());
                namesZh.add(product.get("nameZh").isNull() ? product.get("name").asText()
                        : product.get("nameZh").asText());
            });
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        assertEquals(203, namesEn.size(), "every product's name");
        check = new ReasonTextCheck(namesEn, namesZh);
        JsonNode prospects = api.graphql("{ segment(dimension: LIFECYCLE, className: \"PROSPECT\") {"
                + " members(first: 100) { nodes { id } } } }").at("/data/segment/members/nodes");
        prospects.forEach(prospect -> PROSPECTS.add(prospect.get("id").asText()));
        JsonNode newcomers = api.graphql("{ segment(dimension: LIFECYCLE, className: \"NEW\") {"
                + " members(first: 50) { nodes { id } } } }").at("/data/segment/members/nodes");
        newcomers.forEach(newcomer -> SAMPLE.add(newcomer.get("id").asText()));
        for (int number = 1; number <= 150; number++) {
            SAMPLE.add(String.format("C%06d", number));
        }
        SAMPLE.addAll(PROSPECTS.subList(0, Math.min(50, PROSPECTS.size())));
    }

    @Test
    void everyNextBestActionReasonIsInTheRequestsLanguageWithDisplayNames() {
        for (Language language : Language.values()) {
            List<String> problems = new ArrayList<>();
            String after = null;
            do {
                Map<String, Object> variables = new HashMap<>();
                variables.put("after", after);
                JsonNode page = inLanguage(CUSTOMERS, variables, language).at("/data/customers");
                for (JsonNode customer : page.get("nodes")) {
                    String reason = customer.at("/nextBestAction/reason").asText();
                    check.problem(reason, language).ifPresent(problem -> problems.add(customer.get("id").asText()
                            + ": " + problem));
                    if (customer.at("/classes/lifecycle").asText().equals("PROSPECT")
                            && (reason.contains("Low-value") || reason.contains("低价值"))) {
                        problems.add(customer.get("id").asText() + ": a prospect is called low-value: " + reason);
                    }
                }
                after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
            } while (after != null);
            assertEquals(List.of(), firstOf(problems), language + ": " + problems.size() + " reasons are wrong");
        }
    }

    @Test
    void everyCrossSellReasonOfEveryKindIsInTheRequestsLanguageWithDisplayNames() {
        for (Language language : Language.values()) {
            List<String> problems = new ArrayList<>();
            Set<String> kinds = new TreeSet<>();
            for (String strategy : List.of("CO_PURCHASE", "CATEGORY_GAP", "POPULAR")) {
                for (int start = 0; start < SAMPLE.size(); start += 50) {
                    List<String> ids = SAMPLE.subList(start, Math.min(SAMPLE.size(), start + 50));
                    JsonNode batch = inLanguage(CROSS_SELL, Map.of("ids", ids, "strategy", strategy), language)
                            .at("/data/crossSellBatch");
                    batch.forEach(entry -> entry.get("recommendations").forEach(recommendation -> {
                        kinds.add(recommendation.get("reasonKind").asText());
                        check.problem(recommendation.get("reason").asText(), language).ifPresent(problem ->
                                problems.add(entry.get("customerId").asText() + " " + strategy + ": " + problem));
                    }));
                }
            }
            assertEquals(new TreeSet<>(EnumSet.allOf(com.clientele.crosssell.ReasonKind.class).stream()
                    .map(Enum::name).toList()), kinds, "the sample should show every kind of reason");
            assertEquals(List.of(), firstOf(problems), language + ": " + problems.size() + " reasons are wrong");
        }
    }

    private static JsonNode inLanguage(String query, Map<String, Object> variables, Language language) {
        JsonNode body = api.graphql(query, variables, Map.of("Accept-Language", language == Language.ZH ? "zh" : "en"));
        assertEquals(null, body.get("errors"), body.toString());
        return body;
    }

    private static List<String> firstOf(List<String> problems) {
        return problems.subList(0, Math.min(8, problems.size()));
    }
}
