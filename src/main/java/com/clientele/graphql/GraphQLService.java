package com.clientele.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import com.clientele.strategy.StrategyDataFetchers;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

/** Executes GraphQL requests against the Clientele schema, with fresh DataLoaders for every request. */
public final class GraphQLService {

    private final GraphQL graphQL;
    private final List<FeatureFetchers> features;

    private GraphQLService(GraphQL graphQL, List<FeatureFetchers> features) {
        this.graphQL = graphQL;
        this.features = features;
    }

    public static GraphQLService create(Features features) {
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(SchemaFiles.load(), ClienteleWiring.build(features));
        GraphQL graphQL = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ClassifiedErrorHandler())
                .build();
        return new GraphQLService(graphQL, features.all());
    }

    public ExecutionResult execute(GraphQLRequest request) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        features.forEach(feature -> feature.registerLoaders(loaders));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .dataLoaderRegistry(loaders)
                .graphQLContext(Map.of(StrategyDataFetchers.REQUEST_LANGUAGE, request.language()))
                .build();
        return ErrorCodes.withCodes(graphQL.execute(input));
    }

    public GraphQLSchema schema() {
        return graphQL.getGraphQLSchema();
    }
}
