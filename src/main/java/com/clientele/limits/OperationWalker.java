package com.clientele.limits;

import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one operation over the schema and measures it. Its cost is the most fields its answer can hold: each field
 * costs the number of times it can occur (1 at the root, times the list sizes of {@link ListSizes} above it), plus
 * what its arguments cost that many times ({@link ArgumentCheck}). Fragments are expanded where they are spread;
 * the walk stops after {@code maxFields} fields, so a fragment bomb cannot make it run long, and the arguments of a
 * field spread many times are measured once.
 */
final class OperationWalker {

    private final GraphQLSchema schema;
    private final ListSizes sizes;
    private final Map<String, FragmentDefinition> fragments;
    private final int maxFields;
    private final List<String> rootFields = new ArrayList<>();
    private final List<String> inputProblems = new ArrayList<>();
    private final List<PersonalUse> personalUses = new ArrayList<>();
    private final Map<Field, ArgumentCheck> checked = new IdentityHashMap<>();
    private ArgumentValues values;
    private boolean query;
    private int fields;
    private int aliases;
    private int depth;
    private boolean introspection;

    OperationWalker(GraphQLSchema schema, ListSizes sizes, Map<String, FragmentDefinition> fragments, int maxFields) {
        this.schema = schema;
        this.sizes = sizes;
        this.fragments = fragments;
        this.maxFields = maxFields;
    }

    OperationAnalysis analyse(OperationDefinition operation, Map<String, Object> variables) {
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        values = new ArgumentValues(operation, variables);
        query = operation.getOperation() == OperationDefinition.Operation.QUERY;
        long cost = cost(operation.getSelectionSet(), root, Scope.ROOT);
        return new OperationAnalysis(operation.getOperation(), rootFields, depth, cost, fields, aliases,
                introspection, fields > maxFields, inputProblems, personalUses);
    }

    private long cost(SelectionSet set, GraphQLCompositeType parent, Scope scope) {
        long total = 0;
        for (Selection<?> selection : set == null ? List.<Selection<?>>of() : set.getSelections()) {
            if (fields > maxFields) {
                return total;
            }
            total = Math.min(ListSizes.CEILING, total + selectionCost(selection, parent, scope));
        }
        return total;
    }

    private long selectionCost(Selection<?> selection, GraphQLCompositeType parent, Scope scope) {
        if (selection instanceof Field field) {
            return fieldCost(field, parent, scope);
        }
        if (selection instanceof InlineFragment inline) {
            return cost(inline.getSelectionSet(), typeOr(inline.getTypeCondition(), parent), scope);
        }
        FragmentDefinition fragment = fragments.get(((FragmentSpread) selection).getName());
        return fragment == null ? 0 : cost(fragment.getSelectionSet(), typeOr(fragment.getTypeCondition(), parent),
                scope);
    }

    private GraphQLCompositeType typeOr(graphql.language.TypeName condition, GraphQLCompositeType parent) {
        GraphQLType type = condition == null ? null : schema.getType(condition.getName());
        return type instanceof GraphQLCompositeType composite ? composite : parent;
    }

    private long fieldCost(Field field, GraphQLCompositeType parent, Scope scope) {
        count(field, scope.level());
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        if (definition == null) {
            return scope.instances();
        }
        long cost = Math.min(ListSizes.CEILING, scope.instances() + arguments(field, definition, scope));
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (field.getSelectionSet() == null || !(unwrapped instanceof GraphQLCompositeType child)) {
            return cost;
        }
        Scope below = sizes.below(field, definition, parent, scope, values);
        return Math.min(ListSizes.CEILING, cost + cost(field.getSelectionSet(), child, below));
    }

    private void count(Field field, int level) {
        fields++;
        aliases += field.getAlias() == null ? 0 : 1;
        depth = Math.max(depth, level);
        if (level == 1) {
            rootFields.add(field.getName());
        }
        introspection |= field.getName().equals("__schema") || field.getName().equals("__type");
    }

    private long arguments(Field field, GraphQLFieldDefinition definition, Scope scope) {
        if (field.getArguments().isEmpty() || scope.introspection() != null || field.getName().startsWith("__")) {
            return 0;
        }
        ArgumentCheck check = checked.get(field);
        if (check == null) {
            check = ArgumentCheck.of(field, definition, values, query);
            checked.put(field, check);
            inputProblems.addAll(check.problem() == null ? List.of() : List.of(check.problem()));
            personalUses.addAll(check.personal());
        }
        return ListSizes.times(scope.instances(), check.cost());
    }

    private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
        return switch (name) {
            case "__schema" -> Introspection.SchemaMetaFieldDef;
            case "__type" -> Introspection.TypeMetaFieldDef;
            case "__typename" -> Introspection.TypeNameMetaFieldDef;
            default -> parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        };
    }
}
