package com.clientele.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Expectations that look into the data of an answer: refused writes, tampered cursors, hidden personal fields. */
final class DataExpectations {

    /** The prefix of aliases whose value a READER must not see. */
    static final String PERSONAL = "personal_";

    private static final Set<String> REFUSALS = Set.of("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED",
            "QUERY_TOO_COSTLY", "FORBIDDEN");

    private DataExpectations() {
    }

    /**
     * Every aliased write was refused: a request-level refusal without data (no {@code data} key, or null: e.g.
     * BAD_USER_INPUT for a variable of 1e309, which no Float can hold), or each payload with at least its
     * minimum of userErrors (every problem of the input is reported, issue 12 point 9) and every other field null.
     */
    static Expectation refusedWrites(Map<String, Integer> minimumProblemsByAlias) {
        return answer -> {
            JsonNode data = answer.json().map(json -> json.path("data")).orElse(null);
            if (answer.hasErrorCode(REFUSALS) && (data == null || data.isNull() || data.isMissingNode())) {
                return Optional.empty();
            }
            for (Map.Entry<String, Integer> alias : minimumProblemsByAlias.entrySet()) {
                Optional<String> wrong = refusedPayload(alias.getKey(), data == null ? null
                        : data.path(alias.getKey()), alias.getValue());
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
            return Optional.empty();
        };
    }

    private static Optional<String> refusedPayload(String alias, JsonNode payload, int minimumProblems) {
        if (payload == null || !payload.isObject()) {
            return Optional.of(alias + ": no payload and no refusal");
        }
        int problems = payload.path("userErrors").size();
        if (problems < minimumProblems) {
            return Optional.of(alias + ": " + problems + " userErrors, expected at least " + minimumProblems);
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) payload::fields) {
            if (!field.getKey().equals("userErrors") && !field.getValue().isNull()) {
                return Optional.of(alias + ": refused input, yet `" + field.getKey() + "` is not null");
            }
        }
        return Optional.empty();
    }

    /**
     * A tampered cursor is BAD_USER_INPUT (or QUERY_TOO_COSTLY when the cost estimate charges the skipped offset),
     * or, for a well-formed offset past the end, an empty last page.
     */
    static Expectation badCursor() {
        return answer -> {
            if (answer.errors().size() > 0) {
                return answer.hasErrorCode(Set.of("BAD_USER_INPUT", "QUERY_TOO_COSTLY")) ? Optional.empty()
                        : Optional.of("a tampered cursor must be BAD_USER_INPUT");
            }
            List<String> pages = new ArrayList<>();
            answer.json().ifPresent(json -> collectNonEmptyPages(json.path("data"), pages));
            return pages.isEmpty() ? Optional.empty()
                    : Optional.of("a tampered cursor answered a page with nodes or a next page: " + pages);
        };
    }

    private static void collectNonEmptyPages(JsonNode node, List<String> pages) {
        if (node.has("pageInfo") && (node.path("pageInfo").path("hasNextPage").asBoolean(false)
                || node.path("nodes").size() > 0)) {
            pages.add(HostileRequest.abbreviated(node.toString()));
        }
        node.forEach(child -> collectNonEmptyPages(child, pages));
    }

    /** A READER sees no personal field: FORBIDDEN, or every {@code personal_} alias null. */
    static Expectation personalHidden() {
        return answer -> {
            if (answer.hasErrorCode(Set.of("FORBIDDEN"))) {
                return Optional.empty();
            }
            List<String> seen = new ArrayList<>();
            answer.json().ifPresent(json -> collectPersonal(json.path("data"), seen));
            return seen.isEmpty() ? Optional.empty() : Optional.of("a READER saw personal fields " + seen);
        };
    }

    private static void collectPersonal(JsonNode node, List<String> seen) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith(PERSONAL) && !field.getValue().isNull() && seen.size() < 5) {
                seen.add(field.getKey() + "=" + field.getValue());
            }
        });
        node.forEach(child -> collectPersonal(child, seen));
    }
}
