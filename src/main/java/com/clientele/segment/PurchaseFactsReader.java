package com.clientele.segment;

import com.clientele.neo4j.Graph;
import com.clientele.segment.PurchaseFacts.CategoryFact;
import com.clientele.segment.PurchaseFacts.OrderFact;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/** Reads a batch of customers' purchase facts, stored classes and predicted value: two queries per batch. */
public final class PurchaseFactsReader {

    /** One customer's facts plus what the graph holds about it from earlier refreshes and the CLV model. */
    public record Row(PurchaseFacts facts, Double predictedClv, Map<String, String> currentClasses) {
    }

    private final Graph graph;

    public PurchaseFactsReader(Graph graph) {
        this.graph = graph;
    }

    public List<Row> read(List<String> ids, LocalDate asOf, int newProductDays) {
        Map<String, Object> parameters = Map.of("ids", ids,
                "asOf", asOf.atStartOfDay(ZoneOffset.UTC), "newProductDays", newProductDays);
        Map<String, List<CategoryFact>> categories = new HashMap<>();
        graph.readInto("segment/category-facts", parameters, () -> categories, (map, r) -> map
                .computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
                .add(new CategoryFact(r.get("categoryId").asString(), r.get("spend").asDouble(),
                        r.get("lines").asLong(), r.get("newLines").asLong())));
        return graph.read("segment/order-facts", parameters, r -> {
            String id = r.get("id").asString();
            List<OrderFact> orders = r.get("orders").asList(PurchaseFactsReader::orderFact);
            Double clv = r.get("predictedClv").isNull() ? null : r.get("predictedClv").asDouble();
            return new Row(new PurchaseFacts(id, orders, categories.getOrDefault(id, List.of())), clv,
                    currentClasses(r.get("current")));
        });
    }

    private static OrderFact orderFact(Value order) {
        long epochSeconds = order.get(0).asLong();
        return new OrderFact(Math.floorDiv(epochSeconds, 86_400L), order.get(1).asDouble(),
                order.get(2).asBoolean(false), order.get(3).asBoolean(false));
    }

    private static Map<String, String> currentClasses(Value stored) {
        Map<String, String> classes = new LinkedHashMap<>();
        ClassificationProperties.DIMENSION_PROPERTIES.forEach((dimension, property) -> {
            Value value = stored.get(property);
            if (!value.isNull()) {
                classes.put(dimension, value.asString());
            }
        });
        return classes;
    }
}
