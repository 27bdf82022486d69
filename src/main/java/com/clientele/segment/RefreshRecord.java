package com.clientele.segment;

import com.clientele.neo4j.Values;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/**
 * One (:Refresh) record as the API shows it (GraphQL {@code Refresh}); counts are null while it runs, and a refresh
 * that never finished is marked abandoned at the next start-up ({@link RefreshRepository#abandonUnfinished}).
 */
public record RefreshRecord(int seq, String kind, LocalDate asOf, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        OffsetDateTime abandonedAt, Integer customers, Integer changed) {

    /** Where a refresh stands (GraphQL {@code RefreshStatus}). */
    public enum Status {
        RUNNING, FINISHED, ABANDONED
    }

    public static RefreshRecord from(Value r) {
        return new RefreshRecord(r.get("seq").asInt(), Values.string(r, "kind"), Values.date(r, "asOf"),
                Values.dateTime(r, "startedAt"), Values.dateTime(r, "finishedAt"), Values.dateTime(r, "abandonedAt"),
                Values.integer(r, "customers"), Values.integer(r, "changed"));
    }

    /** FINISHED once it finished (even if it was marked abandoned first), else ABANDONED once marked, else RUNNING. */
    public Status status() {
        if (finishedAt != null) {
            return Status.FINISHED;
        }
        return abandonedAt != null ? Status.ABANDONED : Status.RUNNING;
    }
}
