package com.clientele.segment;

import com.clientele.neo4j.Values;
import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/** A custom segment kept under a name: stored as {@code (:SavedSegment {id, name, description, filterJson, ...})}. */
public record SavedSegment(String id, String name, String description, SegmentFilter filter, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Maps the {@code s {.*}} projection of a :SavedSegment node. */
    public static SavedSegment from(Value node) {
        return new SavedSegment(Values.string(node, "id"), Values.string(node, "name"),
                Values.string(node, "description"), SegmentFilter.fromJson(Values.string(node, "filterJson")),
                Values.dateTime(node, "createdAt"), Values.dateTime(node, "updatedAt"));
    }
}
