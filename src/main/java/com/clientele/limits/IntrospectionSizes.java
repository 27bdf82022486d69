package com.clientele.limits;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The lengths of the introspection lists of this schema (read once from the schema, which does not change while
 * the server runs): for each list field of the introspection types its average and its largest length, and the
 * most type wrappers (non-null, list) of any type reference, which bounds how deep {@code ofType} goes.
 */
final class IntrospectionSizes {

    /** A list's average length over all its owners, and its largest. */
    record Size(double average, long largest) {

        static Size of(List<Integer> lengths) {
            long total = lengths.stream().mapToLong(Integer::longValue).sum();
            long largest = lengths.stream().mapToLong(Integer::longValue).max().orElse(0);
            return new Size(lengths.isEmpty() ? 0 : (double) total / lengths.size(), largest);
        }
    }

    private final Map<String, Size> sizes = new HashMap<>();
    private final int maxWrapping;

    IntrospectionSizes(GraphQLSchema schema) {
        List<GraphQLNamedType> types = schema.getAllTypesAsList();
        List<GraphQLFieldDefinition> fields = types.stream().filter(GraphQLFieldsContainer.class::isInstance)
                .flatMap(type -> ((GraphQLFieldsContainer) type).getFieldDefinitions().stream()).toList();
        List<GraphQLDirective> directives = schema.getDirectives();
        sizes.put("__Schema.types", Size.of(List.of(types.size())));
        sizes.put("__Schema.directives", Size.of(List.of(directives.size())));
        sizes.put("__Type.fields", lengths(types, type -> type instanceof GraphQLFieldsContainer container
                ? container.getFieldDefinitions().size() : 0));
        sizes.put("__Type.inputFields", lengths(types, type -> type instanceof GraphQLInputObjectType input
                ? input.getFieldDefinitions().size() : 0));
        sizes.put("__Type.enumValues", lengths(types, type -> type instanceof GraphQLEnumType enumType
                ? enumType.getValues().size() : 0));
        sizes.put("__Type.interfaces", lengths(types, type -> type instanceof GraphQLImplementingType implementing
                ? implementing.getInterfaces().size() : 0));
        sizes.put("__Type.possibleTypes", lengths(types, type -> possibleTypes(schema, type)));
        sizes.put("__Field.args", lengths(fields, field -> field.getArguments().size()));
        sizes.put("__Directive.args", lengths(directives, directive -> directive.getArguments().size()));
        this.maxWrapping = maxWrapping(types, fields, directives);
    }

    /** The size of the introspection list {@code type.field}; null when it is not a list of objects. */
    Size size(String type, String field) {
        return sizes.get(type + "." + field);
    }

    /** The most wrappers of any type reference: {@code ofType} deeper than this is always null. */
    int maxWrapping() {
        return maxWrapping;
    }

    private static <T> Size lengths(List<T> owners, ToIntFunction<T> length) {
        return Size.of(owners.stream().map(owner -> length.applyAsInt(owner)).toList());
    }

    private static int possibleTypes(GraphQLSchema schema, GraphQLNamedType type) {
        if (type instanceof GraphQLInterfaceType contract) {
            return schema.getImplementations(contract).size();
        }
        return type instanceof GraphQLUnionType union ? union.getTypes().size() : 0;
    }

    private static int maxWrapping(List<GraphQLNamedType> types, List<GraphQLFieldDefinition> fields,
            List<GraphQLDirective> directives) {
        List<GraphQLType> references = new ArrayList<>();
        fields.forEach(field -> references.add(field.getType()));
        fields.forEach(field -> field.getArguments().forEach(argument -> references.add(argument.getType())));
        directives.forEach(directive -> directive.getArguments()
                .forEach(argument -> references.add(argument.getType())));
        types.stream().filter(GraphQLInputObjectType.class::isInstance).forEach(type -> ((GraphQLInputObjectType) type)
                .getFieldDefinitions().forEach(field -> references.add(field.getType())));
        return references.stream().mapToInt(IntrospectionSizes::wrappers).max().orElse(0);
    }

    private static int wrappers(GraphQLType type) {
        int count = 0;
        GraphQLType current = type;
        while (current instanceof GraphQLModifiedType modified) {
            count++;
            current = modified.getWrappedType();
        }
        return count;
    }
}
