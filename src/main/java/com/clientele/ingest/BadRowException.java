package com.clientele.ingest;

/** Thrown while reading a row that cannot be written; carries the column, a stable code and the reason. */
public final class BadRowException extends Exception {

    private final transient RowProblem problem;

    public BadRowException(String column, ProblemCode code, String reason) {
        super(reason, null, false, false);
        this.problem = new RowProblem(column, code, reason);
    }

    public RowProblem problem() {
        return problem;
    }
}
