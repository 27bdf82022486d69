package com.clientele.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A refused part of one input written through {@link InputWriter}: the path to the value at fault in CSV column
 * names (e.g. {@code ["customer_id"]}, {@code ["lines", "2", "quantity"]}; empty for the input as a whole), a
 * stable code and a message.
 */
public record InputProblem(List<String> path, ProblemCode code, String message) {

    public InputProblem {
        path = List.copyOf(path);
    }

    /** The problems of one row, each under {@code prefix}. */
    static List<InputProblem> all(List<String> prefix, List<RowProblem> problems) {
        return problems.stream().map(problem -> of(prefix, problem)).toList();
    }

    static InputProblem of(List<String> prefix, RowProblem problem) {
        List<String> path = new ArrayList<>(prefix);
        if (problem.column() != null) {
            path.add(problem.column());
        }
        return new InputProblem(path, problem.code(), problem.message());
    }
}
