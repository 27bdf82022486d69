package com.clientele.ingest;

/**
 * Why one row must not be written: the column at fault (CSV column name, e.g. {@code customer_id}; null when the
 * row as a whole is at fault), a stable code and a message in plain words.
 */
public record RowProblem(String column, ProblemCode code, String message) {

    @Override
    public String toString() {
        return message;
    }
}
