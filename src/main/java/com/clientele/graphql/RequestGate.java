package com.clientele.graphql;

import com.clientele.auth.Caller;
import com.clientele.auth.FieldRoles;
import com.clientele.auth.PersonalDataMask;
import com.clientele.auth.Role;
import com.clientele.limits.ApiLimits;
import com.clientele.limits.OperationAnalysis;
import com.clientele.limits.PersonalUse;
import java.util.Optional;

/**
 * Decides, before any fetcher runs, whether an operation may run for its caller: the role of every root field and
 * sorts or filters on personal data hidden from the caller (FORBIDDEN), introspection (INTROSPECTION_DISABLED),
 * fields, aliases (QUERY_TOO_COSTLY), depth (QUERY_TOO_DEEP), argument bounds (BAD_USER_INPUT) and cost
 * (QUERY_TOO_COSTLY). The rate limit comes after, in {@link GraphQLService}.
 */
final class RequestGate {

    /** Why an operation was refused. */
    record Refusal(ErrorCode code, String message) {
    }

    private static final String NOT_EXECUTED = ". Nothing was executed";

    private final ApiLimits limits;
    private final PersonalDataMask mask;
    private final FieldRoles roles;

    RequestGate(ApiLimits limits, PersonalDataMask mask, FieldRoles roles) {
        this.limits = limits;
        this.mask = mask;
        this.roles = roles;
    }

    Optional<Refusal> check(OperationAnalysis analysis, Caller caller) {
        for (String field : analysis.rootFields()) {
            Role required = roles.required(analysis.operation(), field);
            if (!caller.role().includes(required)) {
                return refuse(ErrorCode.FORBIDDEN, "`" + field + "` needs a key with role " + required
                        + "; this key has role " + caller.role() + NOT_EXECUTED);
            }
        }
        if (mask.hidesFrom(caller) && !analysis.personalUses().isEmpty()) {
            return refuse(ErrorCode.FORBIDDEN, personal(analysis.personalUses().get(0), caller.role()));
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
        if (!analysis.inputProblems().isEmpty()) {
            return refuse(ErrorCode.BAD_USER_INPUT, analysis.inputProblems().get(0) + NOT_EXECUTED);
        }
        if (analysis.cost() > limits.maxQueryCost()) {
            return refuse(ErrorCode.QUERY_TOO_COSTLY, "the operation costs " + analysis.cost() + " points; at most "
                    + limits.maxQueryCost() + " are allowed (a field costs each time it can occur in the answer:"
                    + " lists count their `first`, batches their ids, see docs/api.md)");
        }
        return Optional.empty();
    }

    private static String personal(PersonalUse use, Role role) {
        String what = use.value() == null ? "filters on personal data" : "uses " + use.value() + ", personal data";
        return "`" + use.field() + "` argument `" + use.path() + "` " + what + " this key's role " + role
                + " does not see (HIDE_PERSONAL_DATA_FROM_READERS=true): sort or filter on other fields"
                + NOT_EXECUTED;
    }

    private static Optional<Refusal> refuse(ErrorCode code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
