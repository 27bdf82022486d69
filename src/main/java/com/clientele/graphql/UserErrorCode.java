package com.clientele.graphql;

/**
 * A feature's user-error codes: each feature's code enum implements this, and the GraphQL type of a
 * {@link UserError} is the one its feature declared for that enum ({@link ApiSurface#userError}).
 */
public interface UserErrorCode {

    /** The code as the GraphQL enum value spells it. */
    String name();
}
