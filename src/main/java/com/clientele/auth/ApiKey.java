package com.clientele.auth;

import com.clientele.neo4j.Values;
import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/** A stored API key, without its secret: who it is for, its role, and when it was created and revoked. */
public record ApiKey(String id, String name, Role role, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    static ApiKey from(Value map) {
        return new ApiKey(Values.string(map, "id"), Values.string(map, "name"),
                Role.valueOf(Values.string(map, "role")), Values.dateTime(map, "createdAt"),
                Values.dateTime(map, "revokedAt"));
    }
}
