package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.graphql.RequestLanguage;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.Language;
import com.fasterxml.jackson.databind.JsonNode;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The strategy SDL and fetchers through the production wiring, over HTTP. */
class StrategyGraphQLTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private StrategyRepository repository;

    @BeforeEach
    void playbookDefaults() {
        repository = new StrategyRepository(TestNeo4j.get().empty(), PlaybookFile.fromClasspath(), Clock.systemUTC());
        repository.seedDefaults();
    }

    private static JsonNode run(String query, String acceptLanguage) {
        return ApiServer.withoutCost(api.post(ApiServer.write(Map.of("query", query)), Map.of("Content-Type",
                "application/json", "Accept-Language", acceptLanguage)).body());
    }

    @Test
    void textsFollowTheRequestLanguageUnlessAnArgumentSaysOtherwise() {
        String query = "{ strategies(dimension: VALUE_TIER) { className name offerType priority isDefault"
                + " en: name(language: EN) } }";
        assertEquals(ApiServer.parse("""
                {"data":{"strategies":[
                  {"className":"HIGH","name":"高价值客户","offerType":"VIP_BENEFITS","priority":1,"isDefault":true,"en":"High value"},
                  {"className":"MID","name":"中价值客户","offerType":"PERSONALISED_OFFER","priority":2,"isDefault":true,"en":"Mid value"},
                  {"className":"LOW","name":"低价值客户","offerType":"NONE","priority":4,"isDefault":true,"en":"Low value"}]}}"""),
                run(query, "zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals("High value", run(query, "en-GB").at("/data/strategies/0/name").asText());
        assertEquals("高价值客户", run("{ strategies(language: ZH) { name } }", "en").at("/data/strategies/0/name").asText());
    }

    @Test
    void anEditIsSavedAndReadBackAndABadOneReturnsUserErrorsAndChangesNothing() {
        assertEquals(ApiServer.parse("""
                {"data":{"updateStrategy":{"strategy":{"name":"新朋友","priority":1,"isDefault":false},"userErrors":[]}}}"""),
                run("mutation { updateStrategy(input: {dimension: LIFECYCLE, className: \"NEW\", zh: {name: \"新朋友\"},"
                        + " priority: 1}) { strategy { name priority isDefault } userErrors { field } } }", "zh"));
        JsonNode refused = run("mutation { updateStrategy(input: {dimension: LIFECYCLE, className: \"OLD\", priority: 7})"
                + " { strategy { name } userErrors { field code } } }", "en");
        assertEquals(ApiServer.parse("""
                {"data":{"updateStrategy":{"strategy":null,"userErrors":[
                  {"field":["input","className"],"code":"UNKNOWN_CLASS"},{"field":["input","priority"],"code":"OUT_OF_RANGE"}]}}}"""),
                refused);
        assertEquals(ApiServer.parse("""
                {"data":{"resetStrategy":{"strategy":{"name":"新客户","isDefault":true},"userErrors":[]}}}"""),
                run("mutation { resetStrategy(dimension: LIFECYCLE, className: \"NEW\") { strategy { name isDefault }"
                        + " userErrors { code } } }", "zh"));
    }

    @Test
    void anEditThroughTheMutationIsWhatSegmentStrategyReturnsInBothLanguages() {
        run("mutation { updateStrategy(input: {dimension: LIFECYCLE, className: \"DECLINING\","
                + " en: {objective: \"Win them back this month\"}, zh: {objective: \"本月内把他们争取回来\"}})"
                + " { userErrors { code } } }", "en");
        String query = "{ segment(dimension: LIFECYCLE, className: \"DECLINING\") { strategy { objective isDefault } } }";
        assertEquals(ApiServer.parse("""
                {"data":{"segment":{"strategy":{"objective":"Win them back this month","isDefault":false}}}}"""),
                run(query, "en"));
        assertEquals(ApiServer.parse("""
                {"data":{"segment":{"strategy":{"objective":"本月内把他们争取回来","isDefault":false}}}}"""),
                run(query, "zh-CN"));
    }

    @Test
    void aNextBestActionsReasonFollowsTheLanguageAsked() {
        NextBestAction action = NextBestActionRules.decide(
                CustomerClasses.of("HIGH", "AT_RISK", "DECLINING", "REGULAR", "BROAD", "ONLINE"));
        var env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(action)
                .graphQLContext(GraphQLContext.of(Map.of(RequestLanguage.CONTEXT_KEY, Language.ZH)))
                .arguments(Map.of()).build();
        String reason = new StrategyDataFetchers(repository).reason(env);
        assertTrue(reason.startsWith("高价值客户购买越来越少"), reason);
    }
}
