package com.clientele.limits;

import graphql.language.OperationDefinition.Operation;
import java.util.List;

/**
 * What one operation of a request asks for, found before anything runs: its kind and root fields (for the role
 * check), its depth, its cost (see {@link OperationWalker}), how many fields and aliases it selects after fragments
 * are expanded, and whether it uses introspection. {@code truncated} means the walk stopped at the field limit.
 * {@code inputProblems} are the bounds its arguments break ({@link InputBounds}); {@code personalUses} the
 * arguments that sort or filter on personal data.
 */
public record OperationAnalysis(Operation operation, List<String> rootFields, int depth, long cost, int fields,
        int aliases, boolean introspection, boolean truncated, List<String> inputProblems,
        List<PersonalUse> personalUses) {

    public OperationAnalysis {
        rootFields = List.copyOf(rootFields);
        inputProblems = List.copyOf(inputProblems);
        personalUses = List.copyOf(personalUses);
    }
}
