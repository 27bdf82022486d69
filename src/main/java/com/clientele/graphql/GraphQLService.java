package com.clientele.graphql;

import com.clientele.auth.Caller;
import com.clientele.auth.FieldRoles;
import com.clientele.auth.PersonalDataMask;
import com.clientele.limits.ApiLimits;
import com.clientele.limits.OperationAnalysis;
import com.clientele.limits.OperationAnalyzer;
import com.clientele.limits.RateLimiter;
import com.clientele.limits.ThrottleStatus;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoaderRegistry;

/**
 * Executes GraphQL requests against the Clientele schema for a caller, with fresh DataLoaders for every request.
 * Before any fetcher runs, the operation is parsed, validated and measured: its roles, depth and cost are checked
 * ({@link RequestGate}) and its cost is taken from the caller's rate-limit bucket (the anonymous caller of a
 * keyless loopback server has none); the response reports the cost in {@code extensions.cost}.
 */
public final class GraphQLService {

    private final GraphQL graphQL;
    private final ParsedDocuments documents;
    private final List<FeatureFetchers> features;
    private final RequestGate gate;
    private final OperationAnalyzer analyzer;
    private final RateLimiter rateLimiter;

    private GraphQLService(GraphQL graphQL, ParsedDocuments documents, List<FeatureFetchers> features,
            ApiLimits limits, PersonalDataMask mask, FieldRoles roles) {
        this.graphQL = graphQL;
        this.documents = documents;
        this.features = features;
        this.gate = new RequestGate(limits, mask, roles);
        this.analyzer = new OperationAnalyzer(graphQL.getGraphQLSchema(), limits.maxFields());
        this.rateLimiter = new RateLimiter(limits.rateLimitBucket(), limits.rateLimitRestorePerSecond(),
                System::nanoTime);
    }

    /**
     * The service over the features' schema files and surface: the schema wired by {@link ApiSurface}, every
     * request with the features' loaders and gated by the roles they declared (the application assembles the
     * features: {@code app.ClienteleGraphQL}).
     */
    public static GraphQLService over(TypeDefinitionRegistry types, List<FeatureFetchers> features,
            ApiLimits limits) {
        ApiSurface surface = ApiSurface.of(features);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, surface.runtimeWiring());
        return over(schema, features, surface.roles(), limits);
    }

    private static GraphQLService over(GraphQLSchema schema, List<FeatureFetchers> features, FieldRoles roles,
            ApiLimits limits) {
        ParsedDocuments documents = new ParsedDocuments(schema);
        PersonalDataMask mask = new PersonalDataMask(limits.hidePersonalDataFromReaders());
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ClassifiedErrorHandler())
                .instrumentation(new FieldFetchRules(mask))
                .preparsedDocumentProvider(documents)
                .build();
        return new GraphQLService(graphQL, documents, features, limits, mask, roles);
    }

    /** Runs a request as the anonymous administrator (no API key). */
    public ExecutionResult execute(GraphQLRequest request) {
        return execute(request, Caller.ANONYMOUS).result();
    }

    public GraphQLResponse execute(GraphQLRequest request, Caller caller) {
        ExecutionInput input = input(request, caller);
        PreparsedDocumentEntry parsed = documents.parsed(input);
        if (parsed.hasErrors()) {
            ExecutionResult failed = ExecutionResult.newExecutionResult().errors(List.copyOf(parsed.getErrors()))
                    .build();
            return GraphQLResponse.of(ErrorCodes.withCodes(failed), 0, 0);
        }
        Optional<OperationAnalysis> analysis = analyzer.analyse(parsed.getDocument(), request.operationName(),
                request.variables());
        if (analysis.isEmpty()) {
            return GraphQLResponse.of(ErrorCodes.withCodes(graphQL.execute(input)), 0, 0);
        }
        long cost = analysis.get().cost();
        Optional<RequestGate.Refusal> refusal = gate.check(analysis.get(), caller);
        if (refusal.isPresent()) {
            return GraphQLResponse.of(refused(refusal.get().code(), refusal.get().message(), Map.of()), cost, 0);
        }
        boolean limited = !caller.equals(Caller.ANONYMOUS);
        ThrottleStatus taken = limited ? rateLimiter.take(caller.keyId(), cost) : rateLimiter.untouched();
        if (!taken.allowed()) {
            return GraphQLResponse.of(refused(ErrorCode.THROTTLED, "the rate limit of this key is used up: "
                    + cost + " points requested, " + taken.currentlyAvailable() + " available, "
                    + taken.restoreRate() + " restored per second", QueryCost.extension(cost, null, taken)), cost,
                    taken.retryAfterSeconds());
        }
        ExecutionResult result = ErrorCodes.withCodes(graphQL.execute(input));
        long actual = QueryCost.actual(result.getData());
        ThrottleStatus after = limited ? rateLimiter.refund(caller.keyId(), cost - actual) : taken;
        Map<Object, Object> extensions = new HashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.putAll(QueryCost.extension(cost, actual, after));
        return GraphQLResponse.of(result.transform(builder -> builder.extensions(extensions)), cost, 0);
    }

    private ExecutionInput input(GraphQLRequest request, Caller caller) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        features.forEach(feature -> feature.registerLoaders(loaders));
        return ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .dataLoaderRegistry(loaders)
                .graphQLContext(Map.of(RequestLanguage.CONTEXT_KEY, request.language(),
                        Caller.CONTEXT_KEY, caller))
                .build();
    }

    private static ExecutionResult refused(ErrorCode code, String message, Map<String, Object> extensions) {
        return ExecutionResult.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().message(message)
                        .extensions(Map.of("code", code.name())).build())
                .extensions(extensions.isEmpty() ? null : new HashMap<>(extensions))
                .build();
    }

    public GraphQLSchema schema() {
        return graphQL.getGraphQLSchema();
    }
}
