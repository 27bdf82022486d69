package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.graphql.MoneyScalar;
import com.clientele.graphql.SchemaFiles;
import com.clientele.support.TestNeo4j;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The strategy SDL and fetchers through GraphQL, wired with exactly the lines this feature asks ClienteleWiring to
 * add, and with {@code mutation: Mutation} in the schema root (which schema.graphqls does not have yet).
 */
class StrategyGraphQLTest {

    private StrategyDataFetchers fetchers;
    private GraphQL graphQL;

    @BeforeEach
    void seededGraph() {
        StrategyRepository repository = new StrategyRepository(TestNeo4j.get().empty(), PlaybookFile.fromClasspath(),
                Clock.systemUTC());
        repository.seedDefaults();
        fetchers = new StrategyDataFetchers(repository);
        TypeDefinitionRegistry sdl = SchemaFiles.load();
        sdl.remove(sdl.schemaDefinition().orElseThrow());
        sdl.merge(new SchemaParser().parse("schema { query: Query mutation: Mutation }"));
        graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(sdl, wiring())).build();
    }

    private RuntimeWiring wiring() {
        StrategyDataFetchers strategies = fetchers;
        return RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date).scalar(MoneyScalar.MONEY)
                .type("Query", t -> t.dataFetcher("strategies", strategies::strategies))
                .type("Mutation", t -> t
                        .dataFetcher("updateStrategy", strategies::updateStrategy)
                        .dataFetcher("resetStrategy", strategies::resetStrategy))
                .type("Strategy", t -> t
                        .dataFetcher("name", strategies::name)
                        .dataFetcher("description", strategies::description)
                        .dataFetcher("objective", strategies::objective)
                        .dataFetcher("actions", strategies::actions))
                .type("NextBestAction", t -> t
                        .dataFetcher("strategy", strategies::strategyOfAction)
                        .dataFetcher("reason", strategies::reason))
                .build();
    }

    private Map<String, Object> run(String query, Language requestLanguage) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        fetchers.registerLoaders(loaders);
        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput().query(query)
                .dataLoaderRegistry(loaders)
                .graphQLContext(Map.of(StrategyDataFetchers.REQUEST_LANGUAGE, requestLanguage)).build());
        assertEquals(List.of(), result.getErrors());
        return result.getData();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object data, Object... path) {
        Object current = data;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    @Test
    void textsFollowTheRequestLanguageUnlessAnArgumentSaysOtherwise() {
        String query = "{ strategies(dimension: VALUE_TIER) { dimension className name offerType priority isDefault"
                + " en: name(language: EN) } }";
        Map<String, Object> zh = run(query, Language.ZH);
        assertEquals(3, ((List<?>) at(zh, "strategies")).size());
        assertEquals("高价值客户", at(zh, "strategies", 0, "name"));
        assertEquals("High value", at(zh, "strategies", 0, "en"));
        assertEquals("VALUE_TIER", at(zh, "strategies", 0, "dimension"));
        assertEquals("VIP_BENEFITS", at(zh, "strategies", 0, "offerType"));
        assertEquals(Boolean.TRUE, at(zh, "strategies", 0, "isDefault"));
        assertEquals("High value", at(run(query, Language.EN), "strategies", 0, "name"));
        assertEquals("高价值客户", at(run("{ strategies(language: ZH) { name } }", Language.EN), "strategies", 0, "name"));
    }

    @Test
    void anEditIsSavedAndReadBackAndABadOneReturnsUserErrors() {
        Map<String, Object> saved = run("mutation { updateStrategy(input: {dimension: LIFECYCLE, className: \"NEW\","
                + " zh: {name: \"新朋友\"}, priority: 1}) { strategy { name priority isDefault } userErrors { field } } }",
                Language.ZH);
        assertEquals("新朋友", at(saved, "updateStrategy", "strategy", "name"));
        assertEquals(Boolean.FALSE, at(saved, "updateStrategy", "strategy", "isDefault"));
        Map<String, Object> refused = run("mutation { updateStrategy(input: {dimension: LIFECYCLE, className: \"OLD\","
                + " priority: 7}) { strategy { name } userErrors { field message code } } }", Language.EN);
        assertNull(at(refused, "updateStrategy", "strategy"));
        assertEquals(List.of("input", "className"), at(refused, "updateStrategy", "userErrors", 0, "field"));
        assertEquals("UNKNOWN_CLASS", at(refused, "updateStrategy", "userErrors", 0, "code"));
        assertEquals("OUT_OF_RANGE", at(refused, "updateStrategy", "userErrors", 1, "code"));
        Map<String, Object> reset = run("mutation { resetStrategy(dimension: LIFECYCLE, className: \"NEW\")"
                + " { strategy { name isDefault } userErrors { code } } }", Language.ZH);
        assertEquals("新客户", at(reset, "resetStrategy", "strategy", "name"));
    }

    @Test
    void aNextBestActionsReasonFollowsTheLanguageAsked() {
        NextBestAction action = NextBestActionRules.decide(
                CustomerClasses.of("HIGH", "AT_RISK", "DECLINING", "REGULAR", "BROAD", "ONLINE"));
        var env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(action)
                .graphQLContext(graphql.GraphQLContext.of(Map.of(StrategyDataFetchers.REQUEST_LANGUAGE, Language.ZH)))
                .arguments(Map.of()).build();
        assertTrue(fetchers.reason(env).startsWith("高价值客户购买越来越少"), fetchers.reason(env));
    }
}
