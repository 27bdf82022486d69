package com.clientele.limits;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of an operation's arguments as plain Java values (strings, numbers, booleans, enum names, lists and
 * maps), before graphql-java coerces them: literals from the document, variables from the request, or else the
 * default of the variable's definition. Used to measure arguments before anything runs.
 */
final class ArgumentValues {

    private final Map<String, Object> variables;
    private final Map<String, Object> defaults = new HashMap<>();
    private final Map<Value<?>, Object> converted = new IdentityHashMap<>();

    ArgumentValues(OperationDefinition operation, Map<String, Object> variables) {
        this.variables = variables == null ? Map.of() : variables;
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (definition.getDefaultValue() != null) {
                defaults.put(definition.getName(), plain(definition.getDefaultValue()));
            }
        }
    }

    /**
     * The value, or null for a null literal or a variable that was neither sent nor defaulted; each literal of the
     * document is converted once, however often its field is spread.
     */
    Object plain(Value<?> value) {
        if (value == null) {
            return null;
        }
        return converted.computeIfAbsent(value, this::converted);
    }

    private Object converted(Value<?> value) {
        if (value instanceof VariableReference variable) {
            String name = variable.getName();
            return variables.containsKey(name) ? variables.get(name) : defaults.get(name);
        }
        if (value instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>(array.getValues().size());
            array.getValues().forEach(item -> items.add(converted(item)));
            return items;
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            object.getObjectFields().forEach(field -> fields.put(field.getName(), converted(field.getValue())));
            return fields;
        }
        return scalar(value);
    }

    private static Object scalar(Value<?> value) {
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value instanceof EnumValue constant) {
            return constant.getName();
        }
        if (value instanceof IntValue number) {
            return number.getValue();
        }
        if (value instanceof FloatValue number) {
            return number.getValue();
        }
        return value instanceof BooleanValue flag ? flag.isValue() : null;
    }
}
