package com.clientele.catalog;

import com.clientele.neo4j.Values;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/** A product of the merchant's catalogue. Non-merchandise (fees, postage) and inactive products are never recommended. */
public record Product(
        String id,
        String name,
        String nameZh,
        Double price,
        LocalDate launchDate,
        boolean merchandise,
        boolean active,
        String categoryId) {

    /** Maps the {@code p {.*, categoryId}} projection of a :Product node. */
    public static Product from(Value map) {
        return new Product(
                Values.string(map, "id"),
                Values.string(map, "name"),
                Values.string(map, "nameZh"),
                Values.optionalNumber(map, "price"),
                Values.date(map, "launchDate"),
                Values.bool(map, "merchandise", true),
                Values.bool(map, "active", true),
                Values.string(map, "categoryId"));
    }
}
