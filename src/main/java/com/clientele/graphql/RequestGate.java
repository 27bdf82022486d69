package com.clientele.graphql;

import com.clientele.auth.Caller;
import com.clientele.auth.FieldRoles;
import com.clientele.auth.Role;
import com.clientele.limits.ApiLimits;
import com.clientele.limits.OperationAnalysis;
import java.util.Optional;

/**
 * Decides, before any fetcher runs, whether an operation may run for its caller: the role of every root field
 * (FORBIDDEN), introspection (INTROSPECTION_DISABLED), depth (QUERY_TOO_DEEP), fields, aliases and cost
 * (QUERY_TOO_COSTLY). The rate limit comes after, in {@link GraphQLService}.
 */
final class RequestGate {

    /** Why an operation was refused. */
    record Refusal(ErrorCode code, String message) {
    }

    private final ApiLimits limits;

    RequestGate(ApiLimits limits) {
        this.limits = limits;
    }

    Optional<Refusal> check(OperationAnalysis analysis, Caller caller) {
        for (String field : analysis.rootFields()) {
            Role required = FieldRoles.required(analysis.operation(), field);
            if (!caller.role().includes(required)) {
                return refuse(ErrorCode.FORBIDDEN, "`" + field + "` needs a key with role " + required
                        + "; this key has role " + caller.role() + ". Nothing was executed");
            }
        }
        if (analysis.introspection() && !limits.introspection()) {
            return refuse(ErrorCode.INTROSPECTION_DISABLED, "introspection is turned off on this server");
        }
        if (analysis.truncated() || analysis.fields() > limits.maxFields()) {
            return refuse(ErrorCode.QUERY_TOO_COSTLY, "the operation selects more than " + limits.maxFields()
                    + " fields (fragments expanded); ask for less");
        }
        if (analysis.aliases() > limits.maxAliases()) {
            return refuse(ErrorCode.QUERY_TOO_COSTLY, "the operation uses " + analysis.aliases()
                    + " aliases; at most " + limits.maxAliases() + " are allowed");
        }
        if (analysis.depth() > limits.maxQueryDepth()) {
            return refuse(ErrorCode.QUERY_TOO_DEEP, "the operation is nested " + analysis.depth()
                    + " fields deep; at most " + limits.maxQueryDepth() + " are allowed");
        }
        if (analysis.cost() > limits.maxQueryCost()) {
            return refuse(ErrorCode.QUERY_TOO_COSTLY, "the operation costs " + analysis.cost() + " points; at most "
                    + limits.maxQueryCost() + " are allowed (lists cost their `first` times their fields, see"
                    + " docs/api.md)");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ErrorCode code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
