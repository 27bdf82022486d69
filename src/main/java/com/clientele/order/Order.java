package com.clientele.order;

import com.clientele.neo4j.Values;
import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/** One order (basket) of a customer; {@code total} is after the order's discount. */
public record Order(
        String id,
        String customerId,
        OffsetDateTime orderedAt,
        String channel,
        double discount,
        double total,
        int lineCount) {

    /** Maps the {@code o {.*, customerId}} projection of an :Order node. */
    public static Order from(Value map) {
        return new Order(
                Values.string(map, "id"),
                Values.string(map, "customerId"),
                Values.dateTime(map, "orderedAt"),
                Values.string(map, "channel"),
                Values.number(map, "discount", 0),
                Values.number(map, "total", 0),
                map.get("lineCount").asInt(0));
    }
}
