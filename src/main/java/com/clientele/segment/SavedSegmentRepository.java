package com.clientele.segment;

import com.clientele.graphql.UserError;
import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The saved custom segments. Saving validates everything first and writes nothing when anything is wrong; saving
 * under an existing id replaces that segment, and saving the same content again changes nothing.
 */
public final class SavedSegmentRepository {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1_000;
    private static final List<String> INPUT = List.of("input");

    private final Graph graph;
    private final SegmentFilterValidator filters;
    private final Clock clock;

    public SavedSegmentRepository(Graph graph, SegmentFilterValidator filters, Clock clock) {
        this.graph = graph;
        this.filters = filters;
        this.clock = clock;
    }

    public List<SavedSegment> all() {
        return graph.read("segment/saved-list", Map.of(), row -> SavedSegment.from(row.get("segment")));
    }

    public Optional<SavedSegment> byId(String id) {
        return graph.readOne("segment/saved-by-id", Map.of("id", id), row -> SavedSegment.from(row.get("segment")));
    }

    /** Creates or replaces a saved segment; a null id gets a new one. */
    public SaveSegmentPayload save(String id, String name, String description, SegmentFilter filter) {
        List<UserError> errors = new ArrayList<>();
        if (id != null && id.isBlank()) {
            errors.add(UserError.at(INPUT, "id", "id must not be blank; leave it out to create a segment",
                    SegmentErrorCode.BLANK));
        }
        text(errors, "name", name, MAX_NAME, true);
        text(errors, "description", description, MAX_DESCRIPTION, false);
        errors.addAll(filters.validate(filter, List.of("input", "filter")));
        if (!errors.isEmpty()) {
            return new SaveSegmentPayload(null, errors);
        }
        Map<String, Object> parameters = Map.of("id", id == null ? UUID.randomUUID().toString() : id,
                "name", name.strip(), "description", description == null ? "" : description.strip(),
                "filterJson", filter.toJson(), "now", OffsetDateTime.now(clock));
        SavedSegment saved = graph.write("segment/saved-save", parameters,
                row -> SavedSegment.from(row.get("segment"))).get(0);
        return new SaveSegmentPayload(saved, List.of());
    }

    /** Deletes a saved segment, or says it does not exist. */
    public DeleteSegmentPayload delete(String id) {
        int deleted = graph.write("segment/saved-delete", Map.of("id", id), row -> row.get("deleted").asInt()).get(0);
        if (deleted == 0) {
            return new DeleteSegmentPayload(null, List.of(UserError.at(INPUT, "id",
                    "there is no saved segment with id '" + id + "'", SegmentErrorCode.NOT_FOUND)));
        }
        return new DeleteSegmentPayload(id, List.of());
    }

    private static void text(List<UserError> errors, String field, String value, int maxLength,
            boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.add(UserError.at(INPUT, field, field + " must not be empty", SegmentErrorCode.BLANK));
            return;
        }
        if (value != null && value.strip().length() > maxLength) {
            errors.add(UserError.at(INPUT, field, field + " is longer than " + maxLength + " characters",
                    SegmentErrorCode.TOO_LONG));
        }
    }
}
