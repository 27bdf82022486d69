package com.clientele.strategy;

import com.clientele.graphql.UserError;
import com.clientele.neo4j.Graph;
import com.clientele.vocabulary.SegmentDimension;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The strategies as stored in the graph, one {@code (:Strategy)} node per class. The playbook file provides the
 * defaults; a merchant's edits live in the graph, so they survive restarts and are never overwritten by seeding.
 */
public final class StrategyRepository {

    private static final Comparator<Strategy> VOCABULARY_ORDER = Comparator
            .comparing(Strategy::dimension)
            .thenComparing(strategy -> strategy.dimension().orderOf(strategy.className()));

    private final Graph graph;
    private final PlaybookFile playbook;
    private final Clock clock;

    public StrategyRepository(Graph graph, PlaybookFile playbook, Clock clock) {
        this.graph = graph;
        this.playbook = playbook;
        this.clock = clock;
    }

    /** Stores the default of every class that has no stored strategy yet; returns how many it stored. */
    public int seedDefaults() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Map<String, Object>> rows = playbook.entries().stream()
                .map(entry -> StrategyNode.toRow(entry.restoredAt(now, null))).toList();
        return graph.write("strategy/seed-defaults", Map.of("rows", rows)).counters().nodesCreated();
    }

    /** The stored strategies with these keys ({@code DIMENSION/CLASS}), by key; unknown keys are absent. */
    public Map<String, Strategy> byKeys(List<String> keys) {
        return graph.read("strategy/by-keys", Map.of("keys", keys), row -> StrategyNode.fromValue(row.get("strategy")))
                .stream().collect(Collectors.toMap(Strategy::key, Function.identity()));
    }

    /** Every stored strategy, in the order of docs/classes.md. */
    public List<Strategy> all() {
        return list(null);
    }

    /** The stored strategies of one dimension, in the order of docs/classes.md. */
    public List<Strategy> ofDimension(SegmentDimension dimension) {
        return list(dimension.name());
    }

    /** Applies a merchant's edit, or writes nothing and returns every problem with it. */
    public StrategyEditPayload update(StrategyEdit edit) {
        List<UserError> errors = StrategyEditValidator.validate(edit);
        if (!errors.isEmpty()) {
            return StrategyEditPayload.refused(errors);
        }
        SegmentDimension dimension = SegmentDimension.parse(edit.dimension()).orElseThrow();
        Strategy current = byKeys(List.of(dimension.key(edit.className()))).values().stream().findFirst()
                .orElseGet(() -> playbook.defaultFor(dimension, edit.className()));
        Strategy edited = edit.applyTo(current).editedAt(OffsetDateTime.now(clock), edit.updatedBy());
        return StrategyEditPayload.saved(save(edited));
    }

    /** Puts the playbook file's default back in place of a class's stored strategy. */
    public StrategyEditPayload resetToDefault(String dimension, String className) {
        List<UserError> errors = StrategyEditValidator.validateClass(dimension, className);
        if (!errors.isEmpty()) {
            return StrategyEditPayload.refused(errors);
        }
        Strategy restored = playbook.defaultFor(SegmentDimension.parse(dimension).orElseThrow(), className)
                .restoredAt(OffsetDateTime.now(clock), null);
        return StrategyEditPayload.saved(save(restored));
    }

    private Strategy save(Strategy strategy) {
        return graph.write("strategy/save", Map.of("row", StrategyNode.toRow(strategy)),
                row -> StrategyNode.fromValue(row.get("strategy"))).get(0);
    }

    private List<Strategy> list(String dimension) {
        return graph.read("strategy/list", Collections.singletonMap("dimension", dimension),
                row -> StrategyNode.fromValue(row.get("strategy"))).stream().sorted(VOCABULARY_ORDER).toList();
    }
}
