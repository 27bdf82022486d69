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

    static InputProblem of(List<String> prefix, RowProblem problem) {
        List<String> path = new ArrayList<>(prefix);
        if (problem.column() != null) {
            path.add(problem.column());
        }
        return new InputProblem(path, problem.code(), problem.message());
    }
}
