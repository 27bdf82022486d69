package com.clientele.limits;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks one operation over the schema and measures it. Cost: every field costs 1 plus its selection's cost times a
 * multiplier: the field's {@code first} argument when it has one (the given value, or the schema default), 10 for
 * any other list field (except the edges/nodes of a connection, already multiplied by the connection's
 * {@code first}) and the children of a tree node (a list of the node's own type, e.g. a referral cascade, whose size
 * its root field caps), 1 otherwise. Introspection fields cost 1 each. Fragments are expanded where they are spread;
 * the walk stops after {@code maxFields} fields, so a fragment bomb cannot make it run long.
 */
final class OperationWalker {

    static final int LIST_MULTIPLIER = 10;
    private static final long COST_CEILING = 1_000_000_000_000L;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int maxFields;
    private final List<String> rootFields = new ArrayList<>();
    private int fields;
    private int aliases;
    private int depth;
    private boolean introspection;

    OperationWalker(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
            int maxFields) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
        this.maxFields = maxFields;
    }

    OperationAnalysis analyse(graphql.language.OperationDefinition operation) {
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        long cost = cost(operation.getSelectionSet(), root, 1, false);
        return new OperationAnalysis(operation.getOperation(), rootFields, depth, cost, fields, aliases,
                introspection, fields > maxFields);
    }

    private long cost(SelectionSet set, GraphQLCompositeType parent, int level, boolean inIntrospection) {
        long total = 0;
        for (Selection<?> selection : set == null ? List.<Selection<?>>of() : set.getSelections()) {
            if (fields > maxFields) {
                return total;
            }
            total = Math.min(COST_CEILING, total + selectionCost(selection, parent, level, inIntrospection));
        }
        return total;
    }

    private long selectionCost(Selection<?> selection, GraphQLCompositeType parent, int level, boolean inIntro) {
        if (selection instanceof Field field) {
            return fieldCost(field, parent, level, inIntro);
        }
        if (selection instanceof InlineFragment inline) {
            return cost(inline.getSelectionSet(), typeOr(inline.getTypeCondition(), parent), level, inIntro);
        }
        FragmentDefinition fragment = fragments.get(((FragmentSpread) selection).getName());
        return fragment == null ? 0 : cost(fragment.getSelectionSet(), typeOr(fragment.getTypeCondition(), parent),
                level, inIntro);
    }

    private GraphQLCompositeType typeOr(graphql.language.TypeName condition, GraphQLCompositeType parent) {
        GraphQLType type = condition == null ? null : schema.getType(condition.getName());
        return type instanceof GraphQLCompositeType composite ? composite : parent;
    }

    private long fieldCost(Field field, GraphQLCompositeType parent, int level, boolean inIntrospection) {
        fields++;
        aliases += field.getAlias() == null ? 0 : 1;
        depth = Math.max(depth, level);
        if (level == 1) {
            rootFields.add(field.getName());
        }
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        boolean introspective = inIntrospection || field.getName().equals("__schema")
                || field.getName().equals("__type");
        introspection |= introspective;
        if (definition == null || field.getSelectionSet() == null) {
            return 1;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (!(unwrapped instanceof GraphQLCompositeType child)) {
            return 1;
        }
        long below = cost(field.getSelectionSet(), child, level + 1, introspective);
        long multiplier = introspective ? 1 : multiplier(field, definition, parent);
        return Math.min(COST_CEILING, 1 + multiplier * below);
    }

    private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
        return switch (name) {
            case "__schema" -> Introspection.SchemaMetaFieldDef;
            case "__type" -> Introspection.TypeMetaFieldDef;
            case "__typename" -> Introspection.TypeNameMetaFieldDef;
            default -> parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        };
    }

    private long multiplier(Field field, GraphQLFieldDefinition definition, GraphQLCompositeType parent) {
        GraphQLArgument first = definition.getArgument("first");
        if (first != null) {
            return Math.max(1, firstValue(field, first));
        }
        boolean list = GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
        boolean inConnection = parent.getName().endsWith("Connection");
        boolean treeLevel = GraphQLTypeUtil.unwrapAll(definition.getType()).getName().equals(parent.getName());
        return list && !inConnection && !treeLevel ? LIST_MULTIPLIER : 1;
    }

    private long firstValue(Field field, GraphQLArgument first) {
        for (Argument argument : field.getArguments()) {
            if (!argument.getName().equals("first")) {
                continue;
            }
            if (argument.getValue() instanceof IntValue literal) {
                return literal.getValue().min(java.math.BigInteger.valueOf(COST_CEILING)).longValue();
            }
            if (argument.getValue() instanceof VariableReference variable
                    && variables.get(variable.getName()) instanceof Number number) {
                return number.longValue();
            }
        }
        Object fallback = first.getArgumentDefaultValue().getValue();
        if (fallback instanceof IntValue literal) {
            return literal.getValue().longValue();
        }
        return fallback instanceof Number number ? number.longValue() : 1;
    }
}
