package com.clientele.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutation request of one or more aliased writes ({@code w0}, {@code w1}...), with the inputs written as literals
 * or passed as variables, expecting every write to be refused with at least the problems planted in its input.
 */
final class MutationDocument {

    /**
     * One write: the mutation field, the GraphQL type of its {@code input} argument (null: {@code input} holds the
     * field's arguments themselves, always written as literals), the payload selection, and how many problems the
     * input has that the API must report.
     */
    record Write(String field, String inputType, Map<String, Object> input, String selection, int problems) {
    }

    private MutationDocument() {
    }

    static HostileRequest of(String description, String authorization, List<Write> writes, boolean asVariables) {
        List<String> definitions = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        for (int index = 0; index < writes.size(); index++) {
            Write write = writes.get(index);
            String alias = "w" + index;
            expected.put(alias, write.problems());
            body.append(alias).append(": ").append(write.field()).append("(");
            if (write.inputType() == null) {
                body.append(arguments(write.input()));
            } else if (asVariables) {
                definitions.add("$in" + index + ": " + write.inputType() + "!");
                variables.put("in" + index, GraphQLValues.json(write.input()));
                body.append("input: $in").append(index);
            } else {
                body.append("input: ").append(GraphQLValues.literal(write.input()));
            }
            body.append(") { ").append(write.selection()).append(" } ");
        }
        String declared = definitions.isEmpty() ? "" : "(" + String.join(", ", definitions) + ")";
        String query = "mutation Storm" + declared + " { " + body + "}";
        return HostileRequest.graphql(Family.HOSTILE_WRITES, description + (asVariables ? " (variables)" : ""),
                authorization, query, variables, DataExpectations.refusedWrites(expected));
    }

    private static String arguments(Map<String, Object> arguments) {
        List<String> written = new ArrayList<>();
        arguments.forEach((name, value) -> written.add(name + ": " + GraphQLValues.literal(value)));
        return String.join(", ", written);
    }
}
