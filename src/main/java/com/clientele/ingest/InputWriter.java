package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceTable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one API input through the importer's tables, as a batch of one: the same parsing, the same bounds
 * ({@link InputBounds}), the same checks against the graph and the same MERGE statements as a CSV import, so an
 * input is written whole in one transaction or not at all, and writing it again changes nothing. Every problem of
 * the input is reported at once. Inputs are given as CSV column → text (docs/data-model.md).
 */
public final class InputWriter {

    private static final List<String> ORDER_STATEMENTS = List.of("ingest/merge-orders", "ingest/trim-order-lines",
            "ingest/merge-order-lines", "ingest/order-totals");

    private final Graph graph;
    private final Clock clock;
    private final PlaceTable places;

    /** A writer resolving customers' places through the shipped place table. */
    public InputWriter(Graph graph, Clock clock) {
        this(graph, clock, PlaceTable.shipped());
    }

    public InputWriter(Graph graph, Clock clock, PlaceTable places) {
        this.graph = graph;
        this.clock = clock;
        this.places = places;
    }

    /** Creates or updates a customer (columns of customers.csv). Returns the problems; empty when written. */
    public List<InputProblem> customer(Map<String, String> cells) {
        return single(new CustomersTable(clock, places), cells);
    }

    /** Creates or updates a product (columns of products.csv). */
    public List<InputProblem> product(Map<String, String> cells) {
        return single(new ProductsTable(), cells);
    }

    /** Creates or updates a category (columns of categories.csv). */
    public List<InputProblem> category(Map<String, String> cells) {
        return single(new CategoriesTable(), cells);
    }

    /** Records a referral (columns of referrals.csv). */
    public List<InputProblem> referral(Map<String, String> cells) {
        return single(new ReferralsTable(), cells);
    }

    /**
     * Creates or replaces an order with all its lines in one transaction (columns of orders.csv; each line with
     * product_id, quantity, unit_price, numbered by its position from 1). Lines numbered above the given count are
     * removed, so replaying an order with fewer lines leaves exactly the given lines.
     */
    public List<InputProblem> order(Map<String, String> order, List<Map<String, String>> lines) {
        ParsedRow orderRow = new OrdersTable(clock).read(Cells.of(order));
        List<InputProblem> problems = new ArrayList<>(InputProblem.all(List.of(), orderRow.problems()));
        OrdersTable.customerChecks(graph, List.of(orderRow.values())).problem(orderRow.values())
                .ifPresent(problem -> problems.add(InputProblem.of(List.of(), problem)));
        OrderLines.countProblem(lines.size()).ifPresent(problems::add);
        if (lines.isEmpty() || lines.size() > InputBounds.MAX_ORDER_LINES) {
            return problems;
        }
        String orderId = (String) orderRow.values().get("id");
        List<ParsedRow> lineRows = OrderLines.read(orderId == null ? "-" : orderId, lines);
        problems.addAll(OrderLines.problems(lineRows));
        problems.addAll(OrderLines.unknownProducts(graph, lineRows));
        OrderLines.totalProblem(lineRows, orderRow).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, Object> row = new HashMap<>(orderRow.values());
        row.put("lineCount", lineRows.size());
        Map<String, Object> parameters = new HashMap<>(new OrdersTable(clock).parameters(List.of(row)));
        parameters.put("lines", lineRows.stream().map(ParsedRow::values).toList());
        graph.writeTogether(ORDER_STATEMENTS, parameters);
        return List.of();
    }

    private List<InputProblem> single(ClienteleTable table, Map<String, String> cells) {
        ParsedRow row = table.read(Cells.of(cells));
        List<InputProblem> problems = new ArrayList<>(InputProblem.all(List.of(), row.problems()));
        table.checks(graph, List.of(row.values())).problem(row.values())
                .ifPresent(problem -> problems.add(InputProblem.of(List.of(), problem)));
        if (!problems.isEmpty()) {
            return problems;
        }
        graph.writeTogether(table.statements(), table.parameters(List.of(row.values())));
        return List.of();
    }
}
