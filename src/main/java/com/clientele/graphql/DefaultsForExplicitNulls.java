package com.clientele.graphql;

import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An explicit {@code null} for a field argument that declares a default ({@code first: null}, {@code maxDepth:
 * null}) means that default, exactly as leaving the argument out does. The GraphQL specification passes the null
 * on; every fetcher here would otherwise have to tell the two apart, and one that forgot answered an internal error.
 */
final class DefaultsForExplicitNulls {

    private DefaultsForExplicitNulls() {
    }

    /** The fetcher, given the declared default for each argument the request set to an explicit null. */
    static DataFetcher<?> applied(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
        List<GraphQLArgument> withDefaults = env.getFieldDefinition().getArguments().stream()
                .filter(GraphQLArgument::hasSetDefaultValue)
                .filter(argument -> env.containsArgument(argument.getName()))
                .filter(argument -> env.getArgument(argument.getName()) == null)
                .toList();
        if (withDefaults.isEmpty()) {
            return fetcher;
        }
        Map<String, Object> arguments = new HashMap<>(env.getArguments());
        arguments.putAll(defaults(withDefaults, env));
        DataFetchingEnvironment withArguments = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env)
                .arguments(arguments).build();
        return ignored -> fetcher.get(withArguments);
    }

    private static Map<String, Object> defaults(List<GraphQLArgument> arguments, DataFetchingEnvironment env) {
        return ValuesResolver.getArgumentValues(arguments, List.of(), CoercedVariables.emptyVariables(),
                env.getGraphQlContext(), env.getLocale());
    }
}
