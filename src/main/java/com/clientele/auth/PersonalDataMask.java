package com.clientele.auth;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.Set;

/**
 * Hides personal fields from READER keys when HIDE_PERSONAL_DATA_FROM_READERS is true (the default): those fields
 * resolve to null for them. INTEGRATOR and ADMIN keys see them.
 */
public final class PersonalDataMask implements Instrumentation {

    /** The personal fields, as Type.field. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("Customer.name", "Customer.email", "Customer.birthYear");

    private static final DataFetcher<Object> HIDDEN = env -> null;

    private final boolean hideFromReaders;

    public PersonalDataMask(boolean hideFromReaders) {
        this.hideFromReaders = hideFromReaders;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!hideFromReaders) {
            return fetcher;
        }
        DataFetchingEnvironment env = parameters.getEnvironment();
        Caller caller = env.getGraphQlContext().get(Caller.CONTEXT_KEY);
        if (caller == null || caller.role() != Role.READER) {
            return fetcher;
        }
        String coordinates = ((GraphQLNamedType) env.getParentType()).getName() + "." + env.getField().getName();
        return PERSONAL_FIELDS.contains(coordinates) ? HIDDEN : fetcher;
    }
}
