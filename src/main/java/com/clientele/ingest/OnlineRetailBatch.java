package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept Online Retail rows of one batch, turned into the customers, products, orders (invoices) and lines they
 * describe, each entity once per batch in first-seen order, and written in one transaction.
 */
final class OnlineRetailBatch {

    private static final List<String> STATEMENTS = List.of("ingest/merge-customers",
            "ingest/online-retail/merge-products", "ingest/online-retail/name-products", "catalog/touch-catalogue",
            "ingest/merge-orders",
            "ingest/merge-order-lines", "ingest/order-totals");

    private final CategoryRules rules;
    private final Map<String, Map<String, Object>> customers = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> products = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();

    OnlineRetailBatch(CategoryRules rules) {
        this.rules = rules;
    }

    void add(OnlineRetailRow row) {
        customers.computeIfAbsent(row.customerId(), id -> RowValues.of("id", id,
                "properties", RowValues.of("country", row.country())));
        Map<String, Object> product = products.computeIfAbsent(row.stockCode(), id -> product(row));
        if (product.get("name") == null && row.description() != null) {
            nameLater(product, row.description());
        }
        orders.computeIfAbsent(row.invoice(), id -> RowValues.of("id", id, "customerId", row.customerId(),
                "properties", RowValues.of("orderedAt", row.invoiceDate(), "channel", "ONLINE", "discount", 0.0)));
        lines.add(OrderLinesTable.lineValues(row.invoice(), row.line(), row.stockCode(), row.quantity(),
                row.unitPrice()));
    }

    private Map<String, Object> product(OnlineRetailRow row) {
        boolean merchandise = !NonMerchandiseCodes.isNonMerchandise(row.stockCode());
        OnlineRetailCategory category = merchandise ? rules.classify(row.description())
                : OnlineRetailCategory.NON_MERCHANDISE;
        return RowValues.of("id", row.stockCode(), "name", row.description(), "price", row.unitPrice(),
                "launchDate", row.invoiceDate().toLocalDate(), "merchandise", merchandise,
                "categoryId", category.id());
    }

    /** A product first seen without a description takes the first one seen later, and its category. */
    private void nameLater(Map<String, Object> product, String description) {
        product.put("name", description);
        if (Boolean.TRUE.equals(product.get("merchandise"))) {
            product.put("categoryId", rules.classify(description).id());
        }
    }

    int size() {
        return lines.size();
    }

    /** Writes the batch in one transaction and empties it. */
    void write(Graph graph) {
        if (lines.isEmpty()) {
            return;
        }
        graph.writeTogether(STATEMENTS, Map.of(
                "customers", new ArrayList<>(customers.values()),
                "products", new ArrayList<>(products.values()),
                "orders", new ArrayList<>(orders.values()),
                "lines", lines,
                "orderIds", new ArrayList<>(orders.keySet())));
        customers.clear();
        products.clear();
        orders.clear();
        lines.clear();
    }
}
