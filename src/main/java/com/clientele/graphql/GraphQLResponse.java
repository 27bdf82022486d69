package com.clientele.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.Map;

/**
 * A request's result with what the HTTP layer and the request log need: the outcome (OK or the first error's
 * code), the requested cost, and the seconds to wait when the rate limit refused it.
 */
public record GraphQLResponse(ExecutionResult result, String outcome, long cost, long retryAfterSeconds) {

    /** The response of a result whose errors all get their code and classification ({@link ErrorCodes}). */
    static GraphQLResponse of(ExecutionResult result, long cost, long retryAfterSeconds) {
        ExecutionResult coded = ErrorCodes.withCodes(result);
        return new GraphQLResponse(coded, outcomeOf(coded), cost, retryAfterSeconds);
    }

    private static String outcomeOf(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return "OK";
        }
        GraphQLError first = result.getErrors().get(0);
        Map<String, Object> extensions = first.getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        return code == null ? ErrorCode.INTERNAL.name() : code.toString();
    }

    /** True when the operation was refused before running, as opposed to running with errors. */
    public boolean executed() {
        return result.isDataPresent();
    }
}
