package com.clientele.segment;

import com.clientele.graphql.UserError;
import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code refreshSegments}: validates the request, then runs a full refresh (no ids) or an incremental one (ids)
 * and returns its record. Nothing runs when the input is refused.
 */
public final class RefreshSegmentsMutation {

    static final int MAX_IDS = 10_000;
    private static final List<String> INPUT = List.of("input");

    private final SegmentRefresh refresh;
    private final SegmentRepository segments;
    private final RefreshHistory history;
    private final Clock clock;

    public RefreshSegmentsMutation(Graph graph, SegmentationConfig config, Clock clock) {
        this.refresh = new SegmentRefresh(graph, config);
        this.segments = new SegmentRepository(graph);
        this.history = new RefreshHistory(graph);
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public RefreshSegmentsPayload run(Map<String, Object> input) {
        Map<String, Object> given = input == null ? Map.of() : input;
        LocalDate asOf = (LocalDate) given.get("asOf");
        List<String> ids = (List<String>) given.get("customerIds");
        List<UserError> errors = validate(asOf, ids);
        if (!errors.isEmpty()) {
            return new RefreshSegmentsPayload(null, errors);
        }
        RefreshSummary summary = ids == null ? refresh.full(Optional.ofNullable(asOf))
                : refresh.incremental(new LinkedHashSet<>(ids));
        return new RefreshSegmentsPayload(history.bySeq(summary.seq()).orElseThrow(), List.of());
    }

    private List<UserError> validate(LocalDate asOf, List<String> ids) {
        List<UserError> errors = new ArrayList<>();
        if (asOf != null && asOf.isAfter(LocalDate.now(clock))) {
            errors.add(UserError.at(INPUT, "asOf", "asOf " + asOf + " is in the future",
                    SegmentErrorCode.FUTURE_DATE));
        }
        if (ids == null) {
            return errors;
        }
        if (asOf != null) {
            errors.add(UserError.at(INPUT, "asOf", "asOf applies to a full refresh only; an incremental"
                    + " refresh uses the last full refresh's date", SegmentErrorCode.CONFLICT));
        }
        if (ids.isEmpty()) {
            errors.add(UserError.at(INPUT, "customerIds", "customerIds is empty; leave it out for a full"
                    + " refresh", SegmentErrorCode.BLANK));
        } else if (ids.size() > MAX_IDS) {
            errors.add(UserError.at(INPUT, "customerIds", "at most " + MAX_IDS + " customer ids per"
                    + " incremental refresh, got " + ids.size() + "; run a full refresh instead",
                    SegmentErrorCode.TOO_LONG));
        } else {
            unknown(ids).forEach(id -> errors.add(UserError.at(INPUT, "customerIds",
                    "there is no customer with id '" + id + "'", SegmentErrorCode.UNKNOWN_CUSTOMER)));
        }
        return errors;
    }

    private List<String> unknown(List<String> ids) {
        Set<String> known = segments.existingCustomers(ids);
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }
}
