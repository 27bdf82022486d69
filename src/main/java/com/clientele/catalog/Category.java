package com.clientele.catalog;

import com.clientele.neo4j.Values;
import org.neo4j.driver.Value;

/** A product category with English and Chinese names, in a tree (its product count is a field of its own). */
public record Category(String id, String name, String nameZh, String parentId) {

    /** Maps the {@code cat {.*, parentId}} projection of a :Category node. */
    public static Category from(Value map) {
        return new Category(
                Values.string(map, "id"),
                Values.string(map, "name"),
                Values.string(map, "nameZh"),
                Values.string(map, "parentId"));
    }
}
