package com.clientele.graphql;

/** The stable {@code extensions.code} of every error the API returns. Clients may switch on these. */
public enum ErrorCode {
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
    /** The query took longer than the configured limit. */
    TIMEOUT,
    /** The database cannot be reached right now; retrying later may work. */
    SERVICE_UNAVAILABLE,
    /** Something failed inside the server; the message carries an id to quote to the operator. */
    INTERNAL
}
