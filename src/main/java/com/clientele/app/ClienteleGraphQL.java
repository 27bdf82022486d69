package com.clientele.app;

import com.clientele.graphql.GraphQLService;
import com.clientele.graphql.SchemaFiles;
import com.clientele.limits.ApiLimits;
import com.clientele.segment.RuleTexts;
import java.util.Map;

/**
 * The Clientele GraphQL service: the schema files (their descriptions stating the configured segmentation rules)
 * wired to what every feature of {@link Features#all()} declares it answers, executed by the toolkit's
 * {@link GraphQLService}.
 */
public final class ClienteleGraphQL {

    private ClienteleGraphQL() {
    }

    /** The service with the default limits (for tools and tests that do not go through HTTP). */
    public static GraphQLService create(Features features) {
        return create(features, ApiLimits.fromEnvironment(Map.of()));
    }

    public static GraphQLService create(Features features, ApiLimits limits) {
        return GraphQLService.over(SchemaFiles.load(RuleTexts.of(features.segmentationRules())), features.all(),
                limits);
    }
}
