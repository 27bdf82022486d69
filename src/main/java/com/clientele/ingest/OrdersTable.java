package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * orders.csv: id,customer_id,ordered_at,channel,discount. The customer must be known and the order not placed
 * before the customer signed up; an empty discount means 0. Writing an order also refreshes its total.
 */
final class OrdersTable implements ClienteleTable {

    @Override
    public String file() {
        return "orders.csv";
    }

    @Override
    public Map<String, Object> parse(Cells cells) throws BadRowException {
        String id = cells.id("id");
        String customerId = cells.id("customer_id");
        ZonedDateTime orderedAt = cells.timestamp("ordered_at");
        if (orderedAt == null) {
            throw new BadRowException("ordered_at", ProblemCode.REQUIRED, "missing required field ordered_at");
        }
        Double discount = cells.decimal("discount");
        double effectiveDiscount = discount == null ? 0.0 : discount;
        if (effectiveDiscount < 0 || effectiveDiscount >= 1) {
            throw new BadRowException("discount", ProblemCode.INVALID_VALUE,
                    "discount must be at least 0 and below 1, was " + discount);
        }
        Map<String, Object> properties = RowValues.of("orderedAt", orderedAt,
                "channel", cells.oneOf("channel", CustomersTable.CHANNELS), "discount", effectiveDiscount);
        return RowValues.of("id", id, "customerId", customerId, "properties", properties);
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        ReferenceCheck customers = ReferenceCheck.prepare(graph, rows, OrdersTable::customer, row -> Optional.empty());
        return customers.and(new SignupCheck(customers));
    }

    static List<Reference> customer(Map<String, Object> row) {
        return List.of(new Reference(Kind.CUSTOMER, (String) row.get("customerId"), "customer_id"));
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-orders", "ingest/order-totals");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("orders", rows, "orderIds", RowValues.distinct(rows, "id"));
    }
}
