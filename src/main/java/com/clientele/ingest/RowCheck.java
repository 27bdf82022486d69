package com.clientele.ingest;

import java.util.Map;
import java.util.Optional;

/**
 * A validation of the rows of one batch that needs the graph (prepared with one lookup per batch). Rows are checked
 * in file order; a row that passes every check is then {@link #accepted}, so later rows may refer to it.
 */
interface RowCheck {

    /** Why this row must not be written, or empty when it may be. */
    Optional<RowProblem> problem(Map<String, Object> row);

    /** Records that the row passed every check and will be written. */
    void accepted(Map<String, Object> row);

    /** This check, then {@code next} for rows that pass it. */
    default RowCheck and(RowCheck next) {
        RowCheck first = this;
        return new RowCheck() {
            @Override
            public Optional<RowProblem> problem(Map<String, Object> row) {
                return first.problem(row).or(() -> next.problem(row));
            }

            @Override
            public void accepted(Map<String, Object> row) {
                first.accepted(row);
                next.accepted(row);
            }
        };
    }
}
