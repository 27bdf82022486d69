package com.clientele.ingest;

import com.clientele.graphql.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user errors of a write mutation (GraphQL type {@code WriteUserError}): the problems the ingest checks found in
 * its input, with the path to the input field (e.g. {@code ["input", "lines", "2", "quantity"]}), a message and a
 * {@link ProblemCode}.
 */
final class InputErrors {

    private InputErrors() {
    }

    /**
     * The user error of an ingest problem, its CSV column names turned into the input's field names, in the path
     * and in the message ({@code birth_year must be ...} → {@code birthYear must be ...}).
     */
    static UserError from(InputProblem problem) {
        List<String> field = new ArrayList<>();
        field.add("input");
        String message = problem.message();
        for (String column : problem.path()) {
            field.add(InputCells.fieldName(column));
            if (column.contains("_")) {
                message = message.replaceAll("\\b" + Pattern.quote(column) + "\\b",
                        Matcher.quoteReplacement(InputCells.fieldName(column)));
            }
        }
        return new UserError(field, message, problem.code());
    }

    static List<UserError> from(List<InputProblem> problems) {
        return problems.stream().map(InputErrors::from).toList();
    }
}
