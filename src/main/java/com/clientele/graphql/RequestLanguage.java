package com.clientele.graphql;

import com.clientele.vocabulary.Language;
import graphql.schema.DataFetchingEnvironment;

/**
 * The language a field answers in: the field's own {@code language} argument, else the language a parent field
 * passed down as local context, else the request's (from {@code Accept-Language}, kept in the GraphQL context under
 * {@link #CONTEXT_KEY}), else English.
 */
public final class RequestLanguage {

    /** The GraphQL context key of the request's language. */
    public static final String CONTEXT_KEY = "language";

    private RequestLanguage() {
    }

    /** The field's argument, else the language passed down by a parent field, else the request's, else EN. */
    public static Language of(DataFetchingEnvironment env) {
        String argument = env.getArgument("language");
        if (argument != null) {
            return Language.valueOf(argument);
        }
        if (env.getLocalContext() instanceof Language inherited) {
            return inherited;
        }
        Object requested = env.getGraphQlContext().get(CONTEXT_KEY);
        return requested instanceof Language language ? language : Language.EN;
    }
}
