package com.clientele.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.schema.CoercingSerializeException;
import graphql.SerializationError;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last step of every result: each error gets a stable {@code extensions.code} (the errors graphql-java raises
 * itself: syntax, validation, variable coercion, values it cannot serialize), its classification set to that code,
 * and a message without graphql-java AST text ({@link AstText}).
 */
public final class ErrorCodes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ErrorCodes.class);

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
        ErrorCode code = known(extensions.get("code")).orElseGet(() -> codeFor(error));
        extensions.put("code", code.name());
        extensions.remove("classification");
        String message = messageFor(error, code);
        if (code == ErrorCode.INTERNAL && !extensions.containsKey("errorId")) {
            String errorId = java.util.UUID.randomUUID().toString();
            LOG.error("internal error {}: {}", errorId, error.getMessage());
            extensions.put("errorId", errorId);
            message = "internal error";
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .errorType(code)
                .build();
    }

    private static java.util.Optional<ErrorCode> known(Object code) {
        return Arrays.stream(ErrorCode.values()).filter(value -> value.name().equals(code)).findFirst();
    }

    private static String messageFor(GraphQLError error, ErrorCode code) {
        if (code != ErrorCode.INVALID_STORED_VALUE || !(error instanceof SerializationError serialization)) {
            return AstText.humane(error.getMessage());
        }
        CoercingSerializeException cause = serialization.getException();
        String path = error.getPath() == null ? "this field" : ResultPath.fromList(error.getPath()).toString();
        return "the value stored for " + path + " cannot be shown (" + AstText.humane(cause.getMessage())
                + "); it reads null until the data is corrected";
    }

    private static ErrorCode codeFor(GraphQLError error) {
        if (error instanceof SerializationError) {
            return ErrorCode.INVALID_STORED_VALUE;
        }
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
