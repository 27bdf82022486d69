package com.clientele.auth;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Hides personal data from READER keys when HIDE_PERSONAL_DATA_FROM_READERS is true (the default). The schema marks
 * it with {@code @personal}: such a field (name, e-mail, birth year, and the age band derived from it) resolves to
 * null for them, and the request gate refuses their sorts and filters on it before anything runs. INTEGRATOR and
 * ADMIN keys see everything.
 */
public final class PersonalDataMask {

    /** The schema directive that marks personal fields, and the arguments, input fields and enum values on them. */
    public static final String DIRECTIVE = "personal";

    private static final DataFetcher<Object> HIDDEN = env -> null;

    private final boolean hideFromReaders;

    public PersonalDataMask(boolean hideFromReaders) {
        this.hideFromReaders = hideFromReaders;
    }

    /** Whether personal data is hidden from this caller. */
    public boolean hidesFrom(Caller caller) {
        return hideFromReaders && caller != null && caller.role() == Role.READER;
    }

    /** The fetcher of the field, or one answering null when the field is personal and hidden from this caller. */
    public DataFetcher<?> masked(DataFetcher<?> fetcher, DataFetchingEnvironment env) {
        if (!hidesFrom(env.getGraphQlContext().get(Caller.CONTEXT_KEY))) {
            return fetcher;
        }
        return env.getFieldDefinition().hasAppliedDirective(DIRECTIVE) ? HIDDEN : fetcher;
    }
}
