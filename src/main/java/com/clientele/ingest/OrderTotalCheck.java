package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Keeps every order's total within {@link InputBounds#MAX_ORDER_TOTAL} while an import batch changes it: the
 * orders' discounts and line amounts are looked up once per batch, each row is applied to its order in file order
 * (a line replaces the line with its number; an order row sets the discount) and refused when the total would
 * exceed the bound. Orders not in the graph yet have no lines, so nothing to check.
 */
final class OrderTotalCheck implements RowCheck {

    /** An order's discount and its line amounts by line number. */
    record Amounts(double discount, Map<Long, Double> lines) {

        double total() {
            return lines.values().stream().mapToDouble(Double::doubleValue).sum() * (1 - discount);
        }
    }

    private final Map<String, Amounts> orders;
    private final String orderKey;
    private final String column;
    private final BiFunction<Amounts, Map<String, Object>, Amounts> change;

    private OrderTotalCheck(Map<String, Amounts> orders, String orderKey, String column,
            BiFunction<Amounts, Map<String, Object>, Amounts> change) {
        this.orders = orders;
        this.orderKey = orderKey;
        this.column = column;
        this.change = change;
    }

    /** For orders.csv rows: a new discount applies to the order's stored lines. */
    static OrderTotalCheck forOrders(Graph graph, List<Map<String, Object>> rows) {
        return new OrderTotalCheck(lookup(graph, rows, "id"), "id", "discount", (amounts, row) -> new Amounts(
                ((Number) properties(row).get("discount")).doubleValue(), amounts.lines()));
    }

    /** For order_lines.csv rows: the line replaces the order's line with its number. */
    static OrderTotalCheck forLines(Graph graph, List<Map<String, Object>> rows) {
        return new OrderTotalCheck(lookup(graph, rows, "orderId"), "orderId", null, (amounts, row) -> {
            Map<Long, Double> lines = new HashMap<>(amounts.lines());
            lines.put((Long) row.get("line"), (Long) row.get("quantity") * (Double) row.get("unitPrice"));
            return new Amounts(amounts.discount(), lines);
        });
    }

    private static Map<String, Amounts> lookup(Graph graph, List<Map<String, Object>> rows, String orderKey) {
        Map<String, Amounts> orders = new HashMap<>();
        graph.read("ingest/order-amounts", Map.of("ids", RowValues.distinct(rows, orderKey)), record -> {
            Map<Long, Double> lines = new HashMap<>();
            record.get("lines").values().forEach(line ->
                    lines.put(line.get("line").asLong(), line.get("amount").asDouble()));
            return Map.entry(record.get("id").asString(), new Amounts(record.get("discount").asDouble(), lines));
        }).forEach(order -> orders.put(order.getKey(), order.getValue()));
        return orders;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> row) {
        return (Map<String, Object>) row.get("properties");
    }

    @Override
    public Optional<RowProblem> problem(Map<String, Object> row) {
        Amounts current = orders.get((String) row.get(orderKey));
        if (current == null) {
            return Optional.empty();
        }
        double total = change.apply(current, row).total();
        if (total <= InputBounds.MAX_ORDER_TOTAL) {
            return Optional.empty();
        }
        return Optional.of(new RowProblem(column, ProblemCode.OUT_OF_RANGE, "the total of order '"
                + row.get(orderKey) + "' would be " + total + ", above the maximum order total of "
                + InputBounds.shown(InputBounds.MAX_ORDER_TOTAL)));
    }

    @Override
    public void accepted(Map<String, Object> row) {
        orders.computeIfPresent((String) row.get(orderKey), (orderId, current) -> change.apply(current, row));
    }
}
