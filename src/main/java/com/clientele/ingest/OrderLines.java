package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of one order given as input: read by {@link OrderLinesTable} with their position as line number,
 * checked for known products (their order is written in the same transaction) and, together, for the order's
 * total bound ({@link InputBounds#MAX_ORDER_TOTAL}).
 */
final class OrderLines {

    private OrderLines() {
    }

    /** The problem of an order with no line or more than {@link InputBounds#MAX_ORDER_LINES}. */
    static Optional<InputProblem> countProblem(int lines) {
        if (lines == 0) {
            return Optional.of(new InputProblem(List.of("lines"), ProblemCode.REQUIRED,
                    "an order needs at least one line"));
        }
        if (lines > InputBounds.MAX_ORDER_LINES) {
            return Optional.of(new InputProblem(List.of("lines"), ProblemCode.OUT_OF_RANGE, "an order has at most "
                    + InputBounds.shown(InputBounds.MAX_ORDER_LINES) + " lines, was " + lines));
        }
        return Optional.empty();
    }

    /** Every line read, numbered by its position from 1 (values null where a cell is bad). */
    static List<ParsedRow> read(String orderId, List<Map<String, String>> lines) {
        OrderLinesTable table = new OrderLinesTable();
        List<ParsedRow> rows = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            Map<String, String> cells = new HashMap<>(lines.get(index));
            cells.put("order_id", orderId);
            cells.put("line", Integer.toString(index + 1));
            rows.add(table.read(Cells.of(cells)));
        }
        return rows;
    }

    /** The problems of the lines on their own, each with its input path. */
    static List<InputProblem> problems(List<ParsedRow> rows) {
        List<InputProblem> problems = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            problems.addAll(InputProblem.all(path(index), rows.get(index).problems()));
        }
        return problems;
    }

    /** The problems of lines whose product is not in the graph (lines whose product id is bad are left out). */
    static List<InputProblem> unknownProducts(Graph graph, List<ParsedRow> rows) {
        List<Map<String, Object>> values = rows.stream().map(ParsedRow::values).toList();
        RowCheck products = ReferenceCheck.prepare(graph, values,
                row -> List.of(new Reference(Kind.PRODUCT, (String) row.get("productId"), "product_id")),
                row -> Optional.empty());
        List<InputProblem> problems = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            List<String> path = path(index);
            products.problem(values.get(index)).ifPresent(problem -> problems.add(InputProblem.of(path, problem)));
        }
        return problems;
    }

    /** The problem of an order whose lines are each within bounds but whose total is not. */
    static Optional<InputProblem> totalProblem(List<ParsedRow> rows, ParsedRow order) {
        Object discount = ((Map<?, ?>) order.values().get("properties")).get("discount");
        if (discount == null || rows.stream().anyMatch(row -> !row.problems().isEmpty())) {
            return Optional.empty();
        }
        double listValue = rows.stream().mapToDouble(row -> (Long) row.values().get("quantity")
                * (Double) row.values().get("unitPrice")).sum();
        double total = listValue * (1 - (Double) discount);
        if (total <= InputBounds.MAX_ORDER_TOTAL) {
            return Optional.empty();
        }
        return Optional.of(new InputProblem(List.of("lines"), ProblemCode.OUT_OF_RANGE, "the order's total would be "
                + total + ", above the maximum order total of " + InputBounds.shown(InputBounds.MAX_ORDER_TOTAL)));
    }

    private static List<String> path(int index) {
        return List.of("lines", Integer.toString(index));
    }
}
