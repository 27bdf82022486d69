package com.clientele.segment;

import com.clientele.neo4j.Values;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/** One (:Refresh) record as the API shows it (GraphQL {@code Refresh}); counts are null while it runs. */
public record RefreshRecord(int seq, String kind, LocalDate asOf, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        Integer customers, Integer changed) {

    public static RefreshRecord from(Value r) {
        return new RefreshRecord(r.get("seq").asInt(), Values.string(r, "kind"), Values.date(r, "asOf"),
                Values.dateTime(r, "startedAt"), Values.dateTime(r, "finishedAt"), Values.integer(r, "customers"),
                Values.integer(r, "changed"));
    }
}
