package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of one order given as input: parsed by {@link OrderLinesTable} with their position as line number,
 * and checked for known products only, since their order is written in the same transaction.
 */
final class OrderLines {

    private OrderLines() {
    }

    /** The parsed lines; the problems of bad lines are added to {@code problems} with their input path. */
    static List<Map<String, Object>> parse(String orderId, List<Map<String, String>> lines,
            List<InputProblem> problems) {
        OrderLinesTable table = new OrderLinesTable();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            Map<String, String> cells = new HashMap<>(lines.get(index));
            cells.put("order_id", orderId);
            cells.put("line", Integer.toString(index + 1));
            try {
                rows.add(table.parse(Cells.of(cells)));
            } catch (BadRowException e) {
                problems.add(InputProblem.of(List.of("lines", Integer.toString(index)), e.problem()));
            }
        }
        return rows;
    }

    /** The problems of lines whose product is not in the graph. */
    static List<InputProblem> unknownProducts(Graph graph, List<Map<String, Object>> rows) {
        RowCheck products = ReferenceCheck.prepare(graph, rows,
                row -> List.of(new Reference(Kind.PRODUCT, (String) row.get("productId"), "product_id")),
                row -> Optional.empty());
        List<InputProblem> problems = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            List<String> path = List.of("lines", Integer.toString(index));
            products.problem(rows.get(index)).ifPresent(problem -> problems.add(InputProblem.of(path, problem)));
        }
        return problems;
    }
}
