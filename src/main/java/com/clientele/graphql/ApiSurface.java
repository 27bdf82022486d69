package com.clientele.graphql;

import com.clientele.auth.FieldRoles;
import com.clientele.auth.Role;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API as the features declare it: each feature adds the rows it answers ({@link FeatureFetchers#contribute})
 * — which fetcher answers which field, which record backs a type whose other fields are read by accessor, and
 * the role a root field needs — and this one table becomes the runtime wiring and the role table. A field
 * declared by two features fails at start-up; a mutation cannot be declared without its role.
 */
public final class ApiSurface {

    private final Map<String, Map<String, DataFetcher<?>>> fetchers = new LinkedHashMap<>();
    private final Map<String, Class<?>> backingTypes = new LinkedHashMap<>();
    private final Map<String, Role> mutationRoles = new LinkedHashMap<>();
    private final Map<String, Role> restrictedQueries = new LinkedHashMap<>();
    private final UserErrorTypes userErrors = new UserErrorTypes();

    private ApiSurface() {
        backedBy("PageInfo", Connection.PageInfo.class);
    }

    /** The surface of these features, in their order. */
    public static ApiSurface of(List<? extends FeatureFetchers> features) {
        ApiSurface surface = new ApiSurface();
        features.forEach(feature -> feature.contribute(surface));
        return surface;
    }

    /** A Query field any key may read (READER and above). */
    public ApiSurface query(String field, DataFetcher<?> fetcher) {
        return field("Query", field, fetcher);
    }

    /** A Query field that needs more than READER. */
    public ApiSurface query(String field, Role role, DataFetcher<?> fetcher) {
        restrictedQueries.put(field, role);
        return field("Query", field, fetcher);
    }

    /** A Mutation field and the role it needs. */
    public ApiSurface mutation(String field, Role role, DataFetcher<?> fetcher) {
        mutationRoles.put(field, role);
        return field("Mutation", field, fetcher);
    }

    /** A field of an object type answered by a fetcher. */
    public ApiSurface field(String type, String field, DataFetcher<?> fetcher) {
        Map<String, DataFetcher<?>> fields = fetchers.computeIfAbsent(type, name -> new LinkedHashMap<>());
        DataFetcher<?> earlier = fields.putIfAbsent(field, fetcher);
        if (earlier != null) {
            throw new IllegalStateException(type + "." + field + " is wired twice");
        }
        return this;
    }

    /** The record behind an object type: its fields without a fetcher are read by the accessor of the same name. */
    public ApiSurface backedBy(String type, Class<?> record) {
        Class<?> earlier = backingTypes.putIfAbsent(type, record);
        if (earlier != null && earlier != record) {
            throw new IllegalStateException(type + " is backed by both " + earlier.getName() + " and "
                    + record.getName());
        }
        return this;
    }

    /** A type implementing the UserError interface, told apart by the code enum of its records. */
    public ApiSurface userError(String type, Class<? extends UserErrorCode> codes) {
        backedBy(type, UserError.class);
        userErrors.add(type, codes);
        return this;
    }

    /** The runtime wiring of every declared row, with the scalars every feature may use. */
    public RuntimeWiring runtimeWiring() {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Date)
                .scalar(MoneyScalar.MONEY);
        if (!userErrors.isEmpty()) {
            wiring.type(TypeRuntimeWiring.newTypeWiring("UserError").typeResolver(userErrors));
        }
        fetchers.forEach((type, fields) -> {
            TypeRuntimeWiring.Builder typeWiring = TypeRuntimeWiring.newTypeWiring(type);
            fields.forEach(typeWiring::dataFetcher);
            wiring.type(typeWiring);
        });
        return wiring.build();
    }

    /** The role table of the declared root fields (deny by default). */
    public FieldRoles roles() {
        return new FieldRoles(mutationRoles, restrictedQueries);
    }

    /** The record behind each type whose fields are read by accessor. */
    public Map<String, Class<?>> backingTypes() {
        return Collections.unmodifiableMap(backingTypes);
    }
}
