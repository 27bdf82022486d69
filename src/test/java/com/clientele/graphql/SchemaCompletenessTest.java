package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.app.ClienteleGraphQL;
import com.clientele.support.AppSurface;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCompletenessTest {

    private final GraphQLSchema schema = ClienteleGraphQL.create(AppSurface.features()).schema();
    private final Map<String, Class<?>> backingTypes = AppSurface.get().backingTypes();

    private List<GraphQLNamedType> ownTypes() {
        return schema.getAllTypesAsList().stream().filter(type -> !type.getName().startsWith("__"))
                .filter(type -> !List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())).toList();
    }

    @Test
    void everyFieldOfEveryTypeHasAFetcherOrABackingRecordAccessor() {
        List<String> missing = new ArrayList<>();
        for (GraphQLNamedType type : ownTypes()) {
            if (!(type instanceof GraphQLObjectType object)) {
                continue;
            }
            object.getFieldDefinitions().stream()
                    .filter(field -> !isWired(object, field))
                    .forEach(field -> missing.add(object.getName() + "." + field.getName()));
        }
        assertEquals(List.of(), missing);
    }

    private boolean isWired(GraphQLObjectType type, GraphQLFieldDefinition field) {
        if (schema.getCodeRegistry().hasDataFetcher(FieldCoordinates.coordinates(type, field))) {
            return true;
        }
        Class<?> backing = backingTypes.get(type.getName());
        if (backing == null) {
            return false;
        }
        return Arrays.stream(backing.getMethods())
                .anyMatch(method -> method.getName().equals(field.getName()) && method.getParameterCount() == 0);
    }

    @Test
    void everyTypeFieldArgumentInputFieldAndEnumValueHasADescription() {
        List<String> undocumented = new ArrayList<>();
        for (GraphQLNamedType type : ownTypes()) {
            if (isBlank(type.getDescription())) {
                undocumented.add(type.getName());
            }
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    if (isBlank(field.getDescription())) {
                        undocumented.add(object.getName() + "." + field.getName());
                    }
                    field.getArguments().stream().filter(argument -> isBlank(argument.getDescription()))
                            .forEach(argument -> undocumented.add(object.getName() + "." + field.getName() + "(" + argument.getName() + ")"));
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream().filter(fieldDefinition -> isBlank(fieldDefinition.getDescription()))
                        .forEach(fieldDefinition -> undocumented.add(input.getName() + "." + fieldDefinition.getName()));
            }
            if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().stream().filter(enumValue -> isBlank(enumValue.getDescription()))
                        .forEach(enumValue -> undocumented.add(enumType.getName() + "." + enumValue.getName()));
            }
        }
        assertEquals(List.of(), undocumented);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
