package com.clientele.segment;

import com.clientele.neo4j.Graph;
import com.clientele.segment.PurchaseFacts.CategoryFact;
import com.clientele.segment.PurchaseFacts.OrderFact;
import com.clientele.vocabulary.SegmentDimension;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * Reads a batch of customers' purchase facts, predicted value, the classes other refreshes stored on them and
 * the classes of their newest snapshot: two queries per batch.
 */
public final class PurchaseFactsReader {

    /**
     * One customer's facts plus what the graph holds about it: its CHURN_RISK and INFLUENCE classes as the CLV refit
     * and the referral refresh stored them, and the classes of its newest snapshot, by dimension name.
     */
    public record Row(PurchaseFacts facts, Double predictedClv, Map<String, String> modelClasses,
            Map<String, String> previousClasses) {
    }

    private final Graph graph;

    public PurchaseFactsReader(Graph graph) {
        this.graph = graph;
    }

    public List<Row> read(List<String> ids, LocalDate asOf, int newProductDays) {
        Map<String, Object> parameters = Map.of("ids", ids,
                "asOf", asOf.atStartOfDay(ZoneOffset.UTC), "newProductDays", newProductDays);
        Map<String, List<CategoryFact>> categories = new HashMap<>();
        graph.readInto("segment/category-facts", parameters, () -> categories, (map, row) -> map
                .computeIfAbsent(row.get("id").asString(), customerId -> new ArrayList<>())
                .add(new CategoryFact(row.get("categoryId").asString(), row.get("spend").asDouble(),
                        row.get("lines").asLong(), row.get("newLines").asLong())));
        return graph.read("segment/order-facts", parameters, row -> {
            String id = row.get("id").asString();
            List<OrderFact> orders = row.get("orders").asList(PurchaseFactsReader::orderFact);
            Double clv = row.get("predictedClv").isNull() ? null : row.get("predictedClv").asDouble();
            return new Row(new PurchaseFacts(id, orders, categories.getOrDefault(id, List.of())), clv,
                    classes(row.get("models")), classes(row.get("previous")));
        });
    }

    private static OrderFact orderFact(Value order) {
        long epochSeconds = order.get(0).asLong();
        return new OrderFact(Math.floorDiv(epochSeconds, 86_400L), order.get(1).asDouble(),
                order.get(2).asBoolean(false), order.get(3).asBoolean(false));
    }

    /** The classes in a map keyed by dimension name (other keys and missing classes left out). */
    private static Map<String, String> classes(Value stored) {
        Map<String, String> classes = new LinkedHashMap<>();
        for (SegmentDimension dimension : SegmentDimension.values()) {
            Value value = stored.get(dimension.name());
            if (!value.isNull()) {
                classes.put(dimension.name(), value.asString());
            }
        }
        return classes;
    }
}
