package com.clientele.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown while reading a row that cannot be written; carries every problem found in it (column, stable code and
 * reason), so an import reports them together and a mutation answers one user error for each.
 */
public final class BadRowException extends Exception {

    private final transient List<RowProblem> problems;

    public BadRowException(String column, ProblemCode code, String reason) {
        this(List.of(new RowProblem(column, code, reason)));
    }

    /** The exception of a row with these problems (at least one). */
    public BadRowException(List<RowProblem> problems) {
        super(problems.stream().map(RowProblem::message).collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The first problem. */
    public RowProblem problem() {
        return problems.get(0);
    }

    /** Every problem, in the order the columns were read. */
    public List<RowProblem> problems() {
        return problems;
    }
}
