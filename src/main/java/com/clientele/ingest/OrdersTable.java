package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * orders.csv: id,customer_id,ordered_at,channel,discount. The customer must be known and the order not placed
 * before the customer signed up nor more than {@link InputBounds#MAX_ORDER_AHEAD} after now; an empty discount
 * means 0. Writing an order also refreshes its total, which must stay within {@link InputBounds#MAX_ORDER_TOTAL}.
 */
final class OrdersTable implements ClienteleTable {

    private final Clock clock;

    OrdersTable(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String file() {
        return "orders.csv";
    }

    @Override
    public ParsedRow read(Cells cells) {
        RowReader reader = new RowReader(cells);
        String id = reader.id("id");
        String customerId = reader.id("customer_id");
        ZonedDateTime orderedAt = reader.read(() -> orderedAt(cells));
        Double discount = reader.read(() -> discount(cells));
        Map<String, Object> properties = RowValues.of("orderedAt", orderedAt,
                "channel", reader.oneOf("channel", CustomersTable.CHANNELS), "discount", discount);
        return reader.row(RowValues.of("id", id, "customerId", customerId, "properties", properties));
    }

    private ZonedDateTime orderedAt(Cells cells) throws BadRowException {
        ZonedDateTime orderedAt = cells.timestamp("ordered_at");
        if (orderedAt == null) {
            throw new BadRowException("ordered_at", ProblemCode.REQUIRED, "missing required field ordered_at");
        }
        ZonedDateTime latest = clock.instant().plus(InputBounds.MAX_ORDER_AHEAD).atZone(orderedAt.getZone());
        if (orderedAt.isAfter(latest)) {
            throw CellBounds.outOfRange("ordered_at", "at most " + InputBounds.MAX_ORDER_AHEAD.toHours()
                    + " hours after now (" + latest.withNano(0) + ")", orderedAt.toString());
        }
        return orderedAt;
    }

    private static double discount(Cells cells) throws BadRowException {
        Double discount = cells.decimal("discount");
        double effective = discount == null ? 0.0 : discount;
        if (effective < 0 || effective >= 1) {
            throw CellBounds.outOfRange("discount", "at least 0 and below 1", discount.toString());
        }
        return effective;
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        return customerChecks(graph, rows).and(OrderTotalCheck.forOrders(graph, rows));
    }

    /** The customer must be known and must have signed up on or before the order's day. */
    static RowCheck customerChecks(Graph graph, List<Map<String, Object>> rows) {
        ReferenceCheck customers = ReferenceCheck.prepare(graph, rows, OrdersTable::customer, row -> Optional.empty());
        return customers.and(new SignupCheck(customers));
    }

    static List<Reference> customer(Map<String, Object> row) {
        String customerId = (String) row.get("customerId");
        return customerId == null ? List.of() : List.of(new Reference(Kind.CUSTOMER, customerId, "customer_id"));
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-orders", "ingest/order-totals");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("orders", rows, "orderIds", RowValues.distinct(rows, "id"));
    }

    /** New orders are created with no lines (total 0); existing ones are merged and their totals refreshed. */
    @Override
    public BatchWrite batchWrite(Graph graph, List<Map<String, Object>> rows) {
        KeySplit split = KeySplit.byId(graph, "ingest/known-orders", rows, "id");
        return new BatchWrite(List.of("ingest/create-orders", "ingest/merge-orders", "ingest/order-totals"),
                Map.of("newOrders", split.created(), "orders", split.existing(),
                        "orderIds", RowValues.distinct(split.existing(), "id")));
    }
}
