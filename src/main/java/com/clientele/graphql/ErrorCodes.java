package com.clientele.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives the errors graphql-java raises itself (syntax, validation, variable coercion) a stable code too. */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    public static ExecutionResult withCodes(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return result.transform(builder -> builder.errors(errors));
    }

    private static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? new HashMap<>()
                : new HashMap<>(error.getExtensions());
        if (extensions.containsKey("code")) {
            return error;
        }
        extensions.put("code", codeFor(error).name());
        extensions.remove("classification");
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .build();
    }

    private static ErrorCode codeFor(GraphQLError error) {
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return ErrorCode.GRAPHQL_PARSE_FAILED;
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            return isVariableError(error) ? ErrorCode.BAD_USER_INPUT : ErrorCode.GRAPHQL_VALIDATION_FAILED;
        }
        if (error.getErrorType() == ErrorType.OperationNotSupported) {
            return ErrorCode.BAD_REQUEST;
        }
        return ErrorCode.INTERNAL;
    }

    private static boolean isVariableError(GraphQLError error) {
        return error.getMessage() != null && error.getMessage().startsWith("Variable");
    }
}
