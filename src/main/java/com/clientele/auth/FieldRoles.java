package com.clientele.auth;

import graphql.language.OperationDefinition.Operation;
import java.util.Map;

/**
 * The role each root field needs: the one table of who may do what. Deny by default: a Mutation field missing from
 * {@link #MUTATIONS} needs ADMIN (a test lists every Mutation field of the schema against this table, so a new
 * mutation must be classified here); a Query field missing from {@link #RESTRICTED_QUERIES} needs READER.
 */
public final class FieldRoles {

    /** Every mutation and the role it needs. */
    public static final Map<String, Role> MUTATIONS = Map.ofEntries(
            Map.entry("upsertCustomer", Role.INTEGRATOR),
            Map.entry("anonymiseCustomer", Role.INTEGRATOR),
            Map.entry("recordOrder", Role.INTEGRATOR),
            Map.entry("recordReferral", Role.INTEGRATOR),
            Map.entry("upsertProduct", Role.ADMIN),
            Map.entry("upsertCategory", Role.ADMIN),
            Map.entry("updateStrategy", Role.ADMIN),
            Map.entry("resetStrategy", Role.ADMIN),
            Map.entry("saveSegment", Role.ADMIN),
            Map.entry("deleteSegment", Role.ADMIN),
            Map.entry("refreshSegments", Role.ADMIN),
            Map.entry("refitClv", Role.ADMIN),
            Map.entry("createApiKey", Role.ADMIN),
            Map.entry("revokeApiKey", Role.ADMIN));

    /** Query fields that need more than READER. */
    public static final Map<String, Role> RESTRICTED_QUERIES = Map.ofEntries(
            Map.entry("apiKeys", Role.ADMIN),
            Map.entry("crossSellBatch", Role.INTEGRATOR));

    private FieldRoles() {
    }

    /** The role a root field of an operation of this kind needs. */
    public static Role required(Operation operation, String field) {
        if (operation == Operation.QUERY) {
            return RESTRICTED_QUERIES.getOrDefault(field, Role.READER);
        }
        return MUTATIONS.getOrDefault(field, Role.ADMIN);
    }
}
