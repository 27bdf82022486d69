package com.clientele.graphql;

import com.clientele.neo4j.DatabaseUnavailable;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception thrown while fetching data into a GraphQL error with a stable code. Known failures keep
 * their message; anything else becomes an opaque "internal error" whose id is logged with the stack trace, so no
 * stack trace or Cypher ever reaches a client.
 */
public final class ClassifiedErrorHandler implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifiedErrorHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable cause = unwrap(parameters.getException());
        GraphQLError error = GraphqlErrorBuilder.newError()
                .errorType(codeOf(cause))
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .message(messageFor(cause))
                .extensions(extensionsFor(cause))
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private String messageFor(Throwable cause) {
        if (cause instanceof com.clientele.graphql.ClientException known) {
            return known.getMessage();
        }
        return switch (codeOf(cause)) {
            case TIMEOUT -> "the query took longer than the server allows; ask for less (smaller pages) or retry";
            case SERVICE_UNAVAILABLE -> "the database is not reachable right now; retry later";
            default -> "internal error";
        };
    }

    private Map<String, Object> extensionsFor(Throwable cause) {
        ErrorCode code = codeOf(cause);
        if (code != ErrorCode.INTERNAL) {
            return Map.of("code", code.name());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("internal error {}", errorId, cause);
        return Map.of("code", code.name(), "errorId", errorId);
    }

    static ErrorCode codeOf(Throwable cause) {
        if (cause instanceof com.clientele.graphql.ClientException known) {
            return known.code();
        }
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || DatabaseUnavailable.causes(cause)) {
            return ErrorCode.SERVICE_UNAVAILABLE;
        }
        if (isTimeout(cause)) {
            return ErrorCode.TIMEOUT;
        }
        return ErrorCode.INTERNAL;
    }

    private static boolean isTimeout(Throwable cause) {
        if (!(cause instanceof TransientException || cause instanceof ClientException)) {
            return false;
        }
        String code = ((org.neo4j.driver.exceptions.Neo4jException) cause).code();
        return code != null && (code.contains("TransactionTimedOut") || code.contains("Terminated"));
    }
}
