package com.clientele.limits;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import java.util.List;

/**
 * A field's {@code @listSize} directive (schema/schema.graphqls), the declared part of the cost model: the list
 * argument whose length is the list's length ({@code sizedBy}), a fixed number of elements ({@code assumedSize}),
 * the child lists the field's {@code first} sizes instead of its own ({@code sizedFields}), and the most elements
 * of each level of a tree below the field ({@code treeLimit}), and for a field that is no list how many elements
 * each value of {@code sizedBy} adds to its {@code sizedFields} ({@code perValue}, e.g. a mutation's userErrors per
 * order line). Absent parts are null (or empty).
 */
record ListSize(String sizedBy, Integer assumedSize, List<String> sizedFields, Integer treeLimit, Integer perValue) {

    static final String DIRECTIVE = "listSize";
    static final ListSize NONE = new ListSize(null, null, List.of(), null, null);

    ListSize {
        sizedFields = List.copyOf(sizedFields);
    }

    static ListSize of(GraphQLFieldDefinition definition) {
        GraphQLAppliedDirective directive = definition.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return NONE;
        }
        List<?> sized = value(directive, "sizedFields") instanceof List<?> names ? names : List.of();
        return new ListSize((String) value(directive, "sizedBy"), (Integer) value(directive, "assumedSize"),
                sized.stream().map(String::valueOf).toList(), (Integer) value(directive, "treeLimit"),
                (Integer) value(directive, "perValue"));
    }

    private static Object value(GraphQLAppliedDirective directive, String name) {
        GraphQLAppliedDirectiveArgument argument = directive.getArgument(name);
        return argument == null ? null : argument.getValue();
    }
}
