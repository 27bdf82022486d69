package com.clientele.graphql;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which GraphQL type implements the UserError interface for each feature's code enum. */
final class UserErrorTypes implements TypeResolver {

    private final Map<Class<?>, String> typeByCodes = new LinkedHashMap<>();

    void add(String type, Class<? extends UserErrorCode> codes) {
        String earlier = typeByCodes.putIfAbsent(codes, type);
        if (earlier != null && !earlier.equals(type)) {
            throw new IllegalStateException(codes.getName() + " names both " + earlier + " and " + type);
        }
    }

    boolean isEmpty() {
        return typeByCodes.isEmpty();
    }

    @Override
    public GraphQLObjectType getType(TypeResolutionEnvironment env) {
        UserError error = env.getObject();
        Class<?> codes = error.code() instanceof Enum<?> constant ? constant.getDeclaringClass()
                : error.code().getClass();
        String type = typeByCodes.get(codes);
        if (type == null) {
            throw new IllegalStateException("no UserError type declared for " + codes.getName());
        }
        return env.getSchema().getObjectType(type);
    }
}
