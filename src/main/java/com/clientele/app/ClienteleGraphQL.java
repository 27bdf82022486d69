package com.clientele.app;

import com.clientele.graphql.GraphQLService;
import com.clientele.graphql.SchemaFiles;
import com.clientele.limits.ApiLimits;
import com.clientele.segment.RuleTexts;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import java.util.Map;

/**
 * The Clientele GraphQL service: the schema files (their descriptions stating the configured segmentation rules),
 * wired to every feature's fetchers by {@link ClienteleWiring}, executed by the toolkit's {@link GraphQLService}.
 */
public final class ClienteleGraphQL {

    private ClienteleGraphQL() {
    }

    /** The service with the default limits (for tools and tests that do not go through HTTP). */
    public static GraphQLService create(Features features) {
        return create(features, ApiLimits.fromEnvironment(Map.of()));
    }

    public static GraphQLService create(Features features, ApiLimits limits) {
        GraphQLSchema schema = new SchemaGenerator()
                .makeExecutableSchema(SchemaFiles.load(RuleTexts.of(features.segmentationRules())),
                        ClienteleWiring.build(features));
        return GraphQLService.over(schema, features.all(), limits);
    }
}
