package com.clientele.limits;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLDirectiveContainer;

/**
 * The bounds of one argument or input field: its {@code @bounded} directive (schema/schema.graphqls), else in a
 * query the defaults ({@value #DEFAULT_MAX_ITEMS} values, {@value #DEFAULT_MAX_LENGTH} characters), else none (a
 * mutation checks its own input and reports userErrors). Null means unbounded.
 */
record InputBounds(Integer maxItems, Integer maxLength) {

    static final String DIRECTIVE = "bounded";
    static final int DEFAULT_MAX_ITEMS = 1_000;
    static final int DEFAULT_MAX_LENGTH = 1_000;

    static InputBounds of(GraphQLDirectiveContainer declared, boolean query) {
        GraphQLAppliedDirective directive = declared.getAppliedDirective(DIRECTIVE);
        Integer items = directive == null ? null : value(directive, "maxItems");
        Integer length = directive == null ? null : value(directive, "maxLength");
        if (!query) {
            return new InputBounds(items, length);
        }
        return new InputBounds(items == null ? DEFAULT_MAX_ITEMS : items, length == null ? DEFAULT_MAX_LENGTH : length);
    }

    private static Integer value(GraphQLAppliedDirective directive, String name) {
        GraphQLAppliedDirectiveArgument argument = directive.getArgument(name);
        return argument == null ? null : (Integer) argument.getValue();
    }

    /** Why a list of {@code items} values breaks the bound; null when it does not. */
    String itemsProblem(String field, String path, int items) {
        if (maxItems == null || items <= maxItems) {
            return null;
        }
        return "`" + field + "` argument `" + path + "` has " + items + " values; at most " + maxItems
                + " are allowed";
    }

    /** Why a string of {@code characters} breaks the bound; null when it does not. */
    String lengthProblem(String field, String path, int characters) {
        if (maxLength == null || characters <= maxLength) {
            return null;
        }
        return "`" + field + "` argument `" + path + "` has " + characters + " characters; at most " + maxLength
                + " are allowed";
    }
}
