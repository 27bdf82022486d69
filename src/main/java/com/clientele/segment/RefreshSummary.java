package com.clientele.segment;

import java.time.LocalDate;

/** What a refresh did: which one, as of when, how many customers it classified and moved, and how long it took. */
public record RefreshSummary(long seq, String kind, LocalDate asOf, int customers, int changed, long readMillis,
        long classifyMillis, long writeMillis) {

    public long totalMillis() {
        return readMillis + classifyMillis + writeMillis;
    }
}
