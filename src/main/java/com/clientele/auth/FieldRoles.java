package com.clientele.auth;

import graphql.language.OperationDefinition.Operation;
import java.util.Map;

/**
 * The role each root field needs: who may do what, as the features declared it with their fields. Deny by default:
 * a Mutation field not in the table needs ADMIN; a Query field not among the restricted ones needs READER.
 */
public final class FieldRoles {

    private final Map<String, Role> mutations;
    private final Map<String, Role> restrictedQueries;

    /** Every mutation and the role it needs, and the Query fields that need more than READER. */
    public FieldRoles(Map<String, Role> mutations, Map<String, Role> restrictedQueries) {
        this.mutations = Map.copyOf(mutations);
        this.restrictedQueries = Map.copyOf(restrictedQueries);
    }

    /** The role a root field of an operation of this kind needs. */
    public Role required(Operation operation, String field) {
        if (operation == Operation.QUERY) {
            return restrictedQueries.getOrDefault(field, Role.READER);
        }
        return mutations.getOrDefault(field, Role.ADMIN);
    }

    /** True when the table names this mutation (a mutation absent from it still needs ADMIN). */
    public boolean classifies(String mutation) {
        return mutations.containsKey(mutation);
    }
}
