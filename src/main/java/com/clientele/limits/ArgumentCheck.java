package com.clientele.limits;

import com.clientele.auth.PersonalDataMask;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures the arguments of one field before anything runs: what they cost (1 point per value of a list, 1 point
 * per full 100 characters of a string), the first bound they break ({@link InputBounds}) and where they sort or
 * filter on personal data ({@code @personal} arguments, input fields and enum values).
 */
final class ArgumentCheck {

    static final int CHARACTERS_PER_POINT = 100;

    private final String fieldName;
    private final boolean query;
    private long cost;
    private String problem;
    private final List<PersonalUse> personal = new ArrayList<>();

    private ArgumentCheck(String fieldName, boolean query) {
        this.fieldName = fieldName;
        this.query = query;
    }

    /** The arguments of {@code field} measured; {@code query} applies the default bounds of query arguments. */
    static ArgumentCheck of(Field field, GraphQLFieldDefinition definition, ArgumentValues values, boolean query) {
        ArgumentCheck check = new ArgumentCheck(field.getName(), query);
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declared = definition.getArgument(argument.getName());
            if (declared != null) {
                check.input(values.plain(argument.getValue()), declared.getType(), argument.getName(), declared);
            }
        }
        return check;
    }

    long cost() {
        return cost;
    }

    /** The first bound an argument breaks, as a sentence; null when none does. */
    String problem() {
        return problem;
    }

    List<PersonalUse> personal() {
        return personal;
    }

    private void input(Object value, GraphQLInputType type, String path, GraphQLDirectiveContainer declared) {
        if (value == null) {
            return;
        }
        if (declared.hasAppliedDirective(PersonalDataMask.DIRECTIVE)) {
            personal.add(new PersonalUse(fieldName, path, null));
        }
        visit(value, type, path, InputBounds.of(declared, query));
    }

    private void visit(Object value, GraphQLInputType type, String path, InputBounds bounds) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (value == null || problem != null) {
            return;
        }
        if (bare instanceof GraphQLList list) {
            List<?> items = value instanceof List<?> many ? many : List.of(value);
            cost += items.size();
            problem = bounds.itemsProblem(fieldName, path, items.size());
            items.forEach(item -> visit(item, (GraphQLInputType) list.getWrappedType(), path, bounds));
            return;
        }
        if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFields()) {
                input(fields.get(field.getName()), field.getType(), path + "." + field.getName(), field);
            }
            return;
        }
        if (bare instanceof GraphQLEnumType enumType) {
            enumValue(enumType.getValue(String.valueOf(value)), path);
            return;
        }
        if (value instanceof String text) {
            int characters = text.codePointCount(0, text.length());
            cost += characters / CHARACTERS_PER_POINT;
            problem = bounds.lengthProblem(fieldName, path, characters);
        }
    }

    private void enumValue(GraphQLEnumValueDefinition definition, String path) {
        if (definition != null && definition.hasAppliedDirective(PersonalDataMask.DIRECTIVE)) {
            personal.add(new PersonalUse(fieldName, path, definition.getName()));
        }
    }
}
