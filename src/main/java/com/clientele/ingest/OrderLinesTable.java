package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * order_lines.csv: order_id,line,product_id,quantity,unit_price. Order and product must be known, quantity
 * positive, the unit price not negative, line numbers start at 1. Writing lines refreshes their orders' totals.
 */
final class OrderLinesTable implements ClienteleTable {

    @Override
    public String file() {
        return "order_lines.csv";
    }

    @Override
    public Map<String, Object> parse(Cells cells) throws BadRowException {
        String orderId = cells.id("order_id");
        long line = required(cells.integer("line"), "line");
        String productId = cells.id("product_id");
        long quantity = required(cells.integer("quantity"), "quantity");
        double unitPrice = required(cells.decimal("unit_price"), "unit_price");
        if (line < 1) {
            throw new BadRowException("line", ProblemCode.INVALID_VALUE, "line must be 1 or more, was " + line);
        }
        if (quantity <= 0) {
            throw new BadRowException("quantity", quantity < 0 ? ProblemCode.NEGATIVE_QUANTITY
                    : ProblemCode.INVALID_VALUE, "quantity must be positive, was " + quantity);
        }
        if (unitPrice < 0) {
            throw new BadRowException("unit_price", ProblemCode.INVALID_VALUE,
                    "unit_price must not be negative, was " + unitPrice);
        }
        return lineValues(orderId, line, productId, quantity, unitPrice);
    }

    /** The values merge-order-lines takes; the Online Retail import builds its lines the same way. */
    static Map<String, Object> lineValues(String orderId, long line, String productId, long quantity,
            double unitPrice) {
        return RowValues.of("orderId", orderId, "line", line, "productId", productId, "quantity", quantity,
                "unitPrice", unitPrice);
    }

    private static <T> T required(T value, String column) throws BadRowException {
        if (value == null) {
            throw new BadRowException(column, ProblemCode.REQUIRED, "missing required field " + column);
        }
        return value;
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        return ReferenceCheck.prepare(graph, rows,
                row -> List.of(new Reference(Kind.ORDER, (String) row.get("orderId"), "order_id"),
                        new Reference(Kind.PRODUCT, (String) row.get("productId"), "product_id")),
                row -> Optional.empty());
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-order-lines", "ingest/order-totals");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("lines", rows, "orderIds", RowValues.distinct(rows, "orderId"));
    }
}
