package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one API input through the importer's tables, as a batch of one: the same parsing, the same checks against
 * the graph and the same MERGE statements as a CSV import, so an input is written whole in one transaction or not
 * at all, and writing it again changes nothing. Inputs are given as CSV column → text (docs/data-model.md).
 */
public final class InputWriter {

    private static final List<String> ORDER_STATEMENTS = List.of("ingest/merge-orders", "ingest/trim-order-lines",
            "ingest/merge-order-lines", "ingest/order-totals");

    private final Graph graph;
    private final PlaceTable places;

    /** A writer resolving customers' places through the shipped place table. */
    public InputWriter(Graph graph) {
        this(graph, PlaceTable.shipped());
    }

    public InputWriter(Graph graph, PlaceTable places) {
        this.graph = graph;
        this.places = places;
    }

    /** Creates or updates a customer (columns of customers.csv). Returns the problems; empty when written. */
    public List<InputProblem> customer(Map<String, String> cells) {
        return single(new CustomersTable(places), cells);
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
        OrdersTable orders = new OrdersTable();
        Map<String, Object> orderRow;
        try {
            orderRow = new HashMap<>(orders.parse(Cells.of(order)));
        } catch (BadRowException e) {
            return List.of(InputProblem.of(List.of(), e.problem()));
        }
        if (lines.isEmpty()) {
            return List.of(new InputProblem(List.of("lines"), ProblemCode.REQUIRED,
                    "an order needs at least one line"));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<Map<String, Object>> lineRows = OrderLines.parse((String) orderRow.get("id"), lines, problems);
        orders.checks(graph, List.of(orderRow)).problem(orderRow)
                .ifPresent(problem -> problems.add(0, InputProblem.of(List.of(), problem)));
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(OrderLines.unknownProducts(graph, lineRows));
        if (!problems.isEmpty()) {
            return problems;
        }
        orderRow.put("lineCount", lineRows.size());
        Map<String, Object> parameters = new HashMap<>(orders.parameters(List.of(orderRow)));
        parameters.put("lines", lineRows);
        graph.writeTogether(ORDER_STATEMENTS, parameters);
        return List.of();
    }

    private List<InputProblem> single(ClienteleTable table, Map<String, String> cells) {
        Map<String, Object> row;
        try {
            row = table.parse(Cells.of(cells));
        } catch (BadRowException e) {
            return List.of(InputProblem.of(List.of(), e.problem()));
        }
        Optional<RowProblem> problem = table.checks(graph, List.of(row)).problem(row);
        if (problem.isPresent()) {
            return List.of(InputProblem.of(List.of(), problem.get()));
        }
        graph.writeTogether(table.statements(), table.parameters(List.of(row)));
        return List.of();
    }
}
