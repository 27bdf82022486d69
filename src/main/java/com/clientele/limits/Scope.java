package com.clientele.limits;

import java.util.Map;

/**
 * Where the walk of an operation is: the nesting level, how many times an object of the current selection can
 * occur in the answer ({@code instances}), the sizes a batch field's {@code first} gives its child lists, the most
 * elements a level of the current tree may hold, and, inside introspection, where in it the walk is (else null).
 */
record Scope(int level, long instances, Map<String, Long> sizedFields, long treeCap, InIntrospection introspection) {

    static final Scope ROOT = new Scope(1, 1, Map.of(), Long.MAX_VALUE, null);

    /**
     * A place inside an introspection answer: whether the current objects were reached through a list (then the
     * lists below count their average length, so a whole schema counts once, else their largest), and how many
     * {@code ofType} steps lead to them.
     */
    record InIntrospection(boolean throughList, int ofTypeDepth) {

        static final InIntrospection START = new InIntrospection(false, 0);
    }

    Scope {
        sizedFields = Map.copyOf(sizedFields);
    }
}
