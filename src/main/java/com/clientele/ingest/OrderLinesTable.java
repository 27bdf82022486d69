package com.clientele.ingest;

import com.clientele.ingest.Reference.Kind;
import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * order_lines.csv: order_id,line,product_id,quantity,unit_price. Order and product must be known, quantity
 * from 1 to {@link InputBounds#MAX_QUANTITY}, the unit price from 0 to {@link InputBounds#MAX_UNIT_PRICE}, line
 * numbers from 1 to {@link InputBounds#MAX_ORDER_LINES}, and the order's total with the line within
 * {@link InputBounds#MAX_ORDER_TOTAL}. Writing lines refreshes their orders' totals.
 */
final class OrderLinesTable implements ClienteleTable {

    @Override
    public String file() {
        return "order_lines.csv";
    }

    @Override
    public ParsedRow read(Cells cells) {
        RowReader reader = new RowReader(cells);
        String orderId = reader.id("order_id");
        Long line = reader.read(() -> CellBounds.within("line", required(cells.integer("line"), "line"), 1L,
                InputBounds.MAX_ORDER_LINES));
        String productId = reader.id("product_id");
        Long quantity = reader.read(() -> quantity(cells));
        Double unitPrice = reader.read(() -> CellBounds.within("unit_price",
                required(cells.decimal("unit_price"), "unit_price"), 0, InputBounds.MAX_UNIT_PRICE));
        return reader.row(lineValues(orderId, line, productId, quantity, unitPrice));
    }

    private static Long quantity(Cells cells) throws BadRowException {
        Long quantity = required(cells.integer("quantity"), "quantity");
        if (quantity < 0) {
            throw new BadRowException("quantity", ProblemCode.NEGATIVE_QUANTITY,
                    "quantity must be positive, was " + quantity);
        }
        return CellBounds.within("quantity", quantity, 1L, InputBounds.MAX_QUANTITY);
    }

    /** The values merge-order-lines takes; the Online Retail import builds its lines the same way. */
    static Map<String, Object> lineValues(String orderId, Long line, String productId, Long quantity,
            Double unitPrice) {
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
                row -> Optional.empty()).and(OrderTotalCheck.forLines(graph, rows));
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-order-lines", "ingest/order-totals");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("lines", rows, "orderIds", RowValues.distinct(rows, "orderId"));
    }

    /** The lines split by whether their (order, line number) is in the graph. */
    static KeySplit split(Graph graph, List<Map<String, Object>> rows) {
        return KeySplit.of(graph, "ingest/known-order-lines", RowValues.distinct(rows, "orderId"),
                record -> List.of(record.get("id").asString(), record.get("line").asLong()), rows,
                row -> List.of(row.get("orderId"), row.get("line")));
    }

    /** Lines whose (order, line number) is new are created, the others merged; the touched orders' totals refreshed. */
    @Override
    public BatchWrite batchWrite(Graph graph, List<Map<String, Object>> rows) {
        KeySplit split = split(graph, rows);
        return new BatchWrite(List.of("ingest/create-order-lines", "ingest/merge-order-lines", "ingest/order-totals"),
                Map.of("newLines", split.created(), "lines", split.existing(),
                        "orderIds", RowValues.distinct(rows, "orderId")));
    }
}
