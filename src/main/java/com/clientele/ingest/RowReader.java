package com.clientele.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one row with their bounds ({@link InputBounds}) and keeps going after a bad cell: each read
 * returns the value, or null after recording the cell's problem, so a row reports every problem at once.
 */
final class RowReader {

    /** One read of a cell that may throw. */
    interface CellRead<T> {
        T read() throws BadRowException;
    }

    private final Cells cells;
    private final List<RowProblem> problems = new ArrayList<>();

    RowReader(Cells cells) {
        this.cells = cells;
    }

    Cells cells() {
        return cells;
    }

    /** The value read, or null after recording why it could not be. */
    <T> T read(CellRead<T> read) {
        try {
            return read.read();
        } catch (BadRowException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    String id(String column) {
        return read(() -> cells.id(column));
    }

    String optionalId(String column) {
        return read(() -> cells.optionalId(column));
    }

    /** Optional text of at most {@code maxLength} characters without control characters. */
    String text(String column, int maxLength) {
        return read(() -> CellBounds.text(column, cells.text(column), maxLength));
    }

    /** Required text of at most {@code maxLength} characters without control characters. */
    String requiredText(String column, int maxLength) {
        return read(() -> CellBounds.text(column, cells.required(column), maxLength));
    }

    Long year(String column, int min, int max) {
        return read(() -> CellBounds.year(column, cells.integer(column), min, max));
    }

    Double decimal(String column, double min, double max) {
        return read(() -> CellBounds.within(column, cells.decimal(column), min, max));
    }

    LocalDate date(String column, LocalDate latest) {
        return read(() -> CellBounds.notAfter(column, cells.date(column), latest));
    }

    String oneOf(String column, List<String> allowed) {
        return read(() -> cells.oneOf(column, allowed));
    }

    /** Records a problem found by comparing cells (e.g. a category that is its own parent). */
    void problem(RowProblem problem) {
        problems.add(problem);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The row: these values and every problem recorded so far. */
    ParsedRow row(Map<String, Object> values) {
        return new ParsedRow(values, problems);
    }
}
