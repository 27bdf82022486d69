package com.clientele.limits;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost model's list sizes: how many times the children of a field occur for each occurrence of the field.
 * In order: a size a batch field gave this child ({@code sizedFields}: its {@code first}, or with {@code perValue}
 * that many per value of its {@code sizedBy} list plus {@value #LIST_MULTIPLIER}); the length of the {@code sizedBy}
 * list argument (without {@code perValue}); the {@code assumedSize}; the field's {@code first} (given, or the schema default); 1 for the edges and
 * nodes of a connection (its {@code first} counted them) and for a non-list field; {@value #LIST_MULTIPLIER} for any
 * other list. A level of a tree holds at most the tree's {@code treeLimit}. Introspection: {@link IntrospectionSizes}.
 */
final class ListSizes {

    static final int LIST_MULTIPLIER = 10;
    static final long CEILING = 1_000_000_000_000L;

    private final IntrospectionSizes introspection;

    ListSizes(IntrospectionSizes introspection) {
        this.introspection = introspection;
    }

    /** The scope of the field's selection, given the scope the field is in. */
    Scope below(Field field, GraphQLFieldDefinition definition, GraphQLCompositeType parent, Scope scope,
            ArgumentValues values) {
        if (scope.introspection() != null || field.getName().startsWith("__")) {
            return inIntrospection(field, parent, scope);
        }
        ListSize declared = ListSize.of(definition);
        boolean list = GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
        long instances = times(scope.instances(), size(field, definition, parent, scope, declared, values));
        boolean treeLevel = list && GraphQLTypeUtil.unwrapAll(definition.getType()).getName().equals(parent.getName());
        long treeCap = declared.treeLimit() == null ? scope.treeCap() : times(scope.instances(), declared.treeLimit());
        Map<String, Long> sized = new HashMap<>();
        long perField = declared.perValue() == null ? first(field, definition, values)
                : times(declared.perValue(), valueCount(field, declared.sizedBy(), values)) + LIST_MULTIPLIER;
        declared.sizedFields().forEach(name -> sized.put(name, perField));
        return new Scope(scope.level() + 1, treeLevel ? Math.min(instances, scope.treeCap()) : instances, sized,
                treeCap, null);
    }

    private long size(Field field, GraphQLFieldDefinition definition, GraphQLCompositeType parent, Scope scope,
            ListSize declared, ArgumentValues values) {
        if (scope.sizedFields().containsKey(field.getName())) {
            return scope.sizedFields().get(field.getName());
        }
        if (declared.sizedBy() != null && declared.perValue() == null) {
            return valueCount(field, declared.sizedBy(), values);
        }
        if (declared.assumedSize() != null) {
            return declared.assumedSize();
        }
        if (definition.getArgument("first") != null && declared.sizedFields().isEmpty()) {
            return first(field, definition, values);
        }
        boolean list = GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
        return list && !parent.getName().endsWith("Connection") ? LIST_MULTIPLIER : 1;
    }

    /** How many values the list argument at {@code path} holds (a dotted path into an input: {@code input.lines}). */
    private static long valueCount(Field field, String path, ArgumentValues values) {
        String[] names = path.split("\\.");
        Object given = values.plain(argument(field, names[0]));
        for (int index = 1; index < names.length && given != null; index++) {
            given = given instanceof Map<?, ?> object ? object.get(names[index]) : null;
        }
        return given instanceof List<?> items ? items.size() : given == null ? 0 : 1;
    }

    private static long first(Field field, GraphQLFieldDefinition definition, ArgumentValues values) {
        Object given = values.plain(argument(field, "first"));
        GraphQLArgument declared = definition.getArgument("first");
        if (given == null && declared != null && declared.getArgumentDefaultValue().isLiteral()) {
            given = values.plain((Value<?>) declared.getArgumentDefaultValue().getValue());
        } else if (given == null && declared != null) {
            given = declared.getArgumentDefaultValue().getValue();
        }
        if (given instanceof BigInteger big) {
            return Math.max(1, big.min(BigInteger.valueOf(CEILING)).longValue());
        }
        return given instanceof Number number ? Math.max(1, Math.min(CEILING, number.longValue())) : 1;
    }

    private static Value<?> argument(Field field, String name) {
        return field.getArguments().stream().filter(argument -> argument.getName().equals(name)).findFirst()
                .map(Argument::getValue).orElse(null);
    }

    private Scope inIntrospection(Field field, GraphQLCompositeType parent, Scope scope) {
        Scope.InIntrospection place = scope.introspection() == null ? Scope.InIntrospection.START
                : scope.introspection();
        IntrospectionSizes.Size list = introspection.size(parent.getName(), field.getName());
        if (list != null) {
            double length = place.throughList() ? list.average() : list.largest();
            long instances = (long) Math.min(CEILING, Math.ceil(scope.instances() * length));
            return new Scope(scope.level() + 1, instances, Map.of(), scope.treeCap(),
                    new Scope.InIntrospection(true, 0));
        }
        int depth = field.getName().equals("ofType") ? place.ofTypeDepth() + 1 : 0;
        long instances = depth > introspection.maxWrapping() ? 0 : scope.instances();
        return new Scope(scope.level() + 1, instances, Map.of(), scope.treeCap(),
                new Scope.InIntrospection(false, depth));
    }

    /** a × b, at most {@link #CEILING}. */
    static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > CEILING / b ? CEILING : Math.min(CEILING, a * b);
    }
}
