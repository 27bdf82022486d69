package com.clientele.limits;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the operation a request selects in a parsed, valid document and measures it with {@link OperationWalker}. */
public final class OperationAnalyzer {

    private final GraphQLSchema schema;
    private final ListSizes sizes;
    private final int maxFields;

    public OperationAnalyzer(GraphQLSchema schema, int maxFields) {
        this.schema = schema;
        this.sizes = new ListSizes(new IntrospectionSizes(schema));
        this.maxFields = maxFields;
    }

    /** The analysis, or empty when the document has no operation of that name (graphql-java then says so). */
    public Optional<OperationAnalysis> analyse(Document document, String operationName, Map<String, Object> variables) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Optional<OperationDefinition> selected = operations.stream()
                .filter(candidate -> operationName == null ? operations.size() == 1
                        : operationName.equals(candidate.getName()))
                .findFirst();
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (kept, ignored) -> kept));
        return selected.map(operation -> new OperationWalker(schema, sizes, fragments, maxFields)
                .analyse(operation, variables));
    }
}
