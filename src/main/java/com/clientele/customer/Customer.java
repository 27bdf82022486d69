package com.clientele.customer;

import com.clientele.neo4j.Values;
import com.clientele.place.Located;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/**
 * A customer's profile as stored on the graph (docs/data-model.md): the region and city as typed, and the canonical
 * place ids the place table resolved them to (null when it does not know the spelling).
 */
public record Customer(
        String id,
        String name,
        String email,
        String gender,
        Integer birthYear,
        String occupation,
        String incomeBand,
        String region,
        String city,
        String country,
        LocalDate signupDate,
        String preferredChannel,
        String regionId,
        String cityId) implements Located {

    /** Maps the {@code c {.*}} projection of a :Customer node. */
    public static Customer from(Value map) {
        return new Customer(
                Values.string(map, "id"),
                Values.string(map, "name"),
                Values.string(map, "email"),
                Values.string(map, "gender"),
                Values.integer(map, "birthYear"),
                Values.string(map, "occupation"),
                Values.string(map, "incomeBand"),
                Values.string(map, "region"),
                Values.string(map, "city"),
                Values.string(map, "country"),
                Values.date(map, "signupDate"),
                Values.string(map, "preferredChannel"),
                Values.string(map, "regionId"),
                Values.string(map, "cityId"));
    }
}
