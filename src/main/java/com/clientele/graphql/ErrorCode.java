package com.clientele.graphql;

import graphql.ErrorClassification;

/**
 * The stable {@code extensions.code} of every error the API returns. Clients may switch on these. Each code is
 * also the error's graphql-java classification, so {@code extensions.classification} always equals the code.
 */
public enum ErrorCode implements ErrorClassification {
    /** The request body or URL is not a well-formed GraphQL-over-HTTP request. */
    BAD_REQUEST,
    /** The query text is not valid GraphQL syntax. */
    GRAPHQL_PARSE_FAILED,
    /** The query does not fit the schema (unknown field, wrong argument type...). */
    GRAPHQL_VALIDATION_FAILED,
    /** An argument or variable has a value the API does not accept. */
    BAD_USER_INPUT,
    /** The thing asked for does not exist. */
    NOT_FOUND,
    /** No valid API key was sent. */
    UNAUTHENTICATED,
    /** The API key's role may not do this. */
    FORBIDDEN,
    /** The operation nests fields deeper than MAX_QUERY_DEPTH. */
    QUERY_TOO_DEEP,
    /** The operation's cost (or its number of fields or aliases) is above the configured limit. */
    QUERY_TOO_COSTLY,
    /** The key's rate limit (leaky bucket) has not enough points left; retry after the Retry-After seconds. */
    THROTTLED,
    /** Introspection is turned off on this server (INTROSPECTION=false). */
    INTROSPECTION_DISABLED,
    /** The query took longer than the configured limit. */
    TIMEOUT,
    /** The database cannot be reached right now; retrying later may work. */
    SERVICE_UNAVAILABLE,
    /**
     * A stored value cannot be shown in its type (e.g. a legacy amount that is not a finite number): the field
     * reads null (and so does its nearest nullable parent) until the data is corrected.
     */
    INVALID_STORED_VALUE,
    /** Something failed inside the server; the message carries an id to quote to the operator. */
    INTERNAL
}
