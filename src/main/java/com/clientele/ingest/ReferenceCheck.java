package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that every id a row refers to exists: in the graph (looked up once per batch and kind with one
 * {@code UNWIND $ids} query) or defined by an earlier accepted row of the same batch. Earlier batches are already
 * in the graph, so "earlier in the import" needs no memory beyond the batch.
 */
final class ReferenceCheck implements RowCheck {

    private final Function<Map<String, Object>, List<Reference>> needs;
    private final Function<Map<String, Object>, Optional<Reference>> defines;
    private final Map<Reference.Kind, Map<String, Map<String, Object>>> known;

    private ReferenceCheck(Function<Map<String, Object>, List<Reference>> needs,
            Function<Map<String, Object>, Optional<Reference>> defines,
            Map<Reference.Kind, Map<String, Map<String, Object>>> known) {
        this.needs = needs;
        this.defines = defines;
        this.known = known;
    }

    static ReferenceCheck prepare(Graph graph, List<Map<String, Object>> rows,
            Function<Map<String, Object>, List<Reference>> needs,
            Function<Map<String, Object>, Optional<Reference>> defines) {
        Map<Reference.Kind, Set<String>> idsByKind = new EnumMap<>(Reference.Kind.class);
        rows.forEach(row -> needs.apply(row).stream().filter(reference -> reference.id() != null).forEach(reference ->
                idsByKind.computeIfAbsent(reference.kind(), kind -> new LinkedHashSet<>()).add(reference.id())));
        Map<Reference.Kind, Map<String, Map<String, Object>>> known = new EnumMap<>(Reference.Kind.class);
        idsByKind.forEach((kind, ids) -> graph.read(kind.lookup(), Map.of("ids", new ArrayList<>(ids)),
                record -> known.computeIfAbsent(kind, eachKind -> new HashMap<>())
                        .put(record.get("id").asString(), record.asMap())));
        return new ReferenceCheck(needs, defines, known);
    }

    /** The properties the lookup returned for a known id (e.g. a customer's signupDate); empty if unknown. */
    Map<String, Object> properties(Reference reference) {
        return known.getOrDefault(reference.kind(), Map.of()).getOrDefault(reference.id(), Map.of());
    }

    @Override
    public Optional<RowProblem> problem(Map<String, Object> row) {
        return needs.apply(row).stream().filter(reference -> reference.id() != null)
                .filter(reference -> !known.getOrDefault(reference.kind(), Map.of()).containsKey(reference.id()))
                .map(Reference::unknown).findFirst();
    }

    @Override
    public void accepted(Map<String, Object> row) {
        defines.apply(row).ifPresent(reference -> known.computeIfAbsent(reference.kind(), kind -> new HashMap<>())
                .put(reference.id(), Map.of()));
    }
}
