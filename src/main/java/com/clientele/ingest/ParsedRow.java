package com.clientele.ingest;

import java.util.List;
import java.util.Map;

/**
 * One row as read: the values the write statements take (null where a cell was bad) and every problem found. A
 * row with problems is never written; its partial values let the checks against the graph still report the rest
 * (e.g. an unknown product on a line whose quantity is also wrong).
 */
public record ParsedRow(Map<String, Object> values, List<RowProblem> problems) {

    public ParsedRow {
        problems = List.copyOf(problems);
    }

    /** The values of a row without problems; throws with every problem otherwise. */
    Map<String, Object> valuesOrThrow() throws BadRowException {
        if (!problems.isEmpty()) {
            throw new BadRowException(problems);
        }
        return values;
    }
}
