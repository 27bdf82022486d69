package com.clientele.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refused part of a write mutation's input, Shopify style: the path to the input field (e.g.
 * {@code ["input", "lines", "2", "quantity"]}), a message and a stable code.
 */
public record WriteUserError(List<String> field, String message, ProblemCode code) {

    public WriteUserError {
        field = List.copyOf(field);
    }

    /**
     * The user error of an ingest problem, its CSV column names turned into the input's field names, in the path
     * and in the message ({@code birth_year must be ...} → {@code birthYear must be ...}).
     */
    static WriteUserError from(InputProblem problem) {
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
        return new WriteUserError(field, message, problem.code());
    }

    static List<WriteUserError> from(List<InputProblem> problems) {
        return problems.stream().map(WriteUserError::from).toList();
    }
}
