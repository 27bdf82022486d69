package com.clientele.clv;

import com.clientele.neo4j.Graph;
import java.util.Map;
import java.util.Optional;

/** Stores CLV fits as {@code (:ClvModel)} nodes (every fit is kept) and reads the newest one. */
public final class ClvModelRepository {

    private final Graph graph;

    public ClvModelRepository(Graph graph) {
        this.graph = graph;
    }

    public void save(ClvModelRecord model) {
        graph.write("clv/save-model", Map.of("id", model.id(), "properties", model.properties()));
    }

    public Optional<ClvModelRecord> latest() {
        return graph.readOne("clv/latest-model", Map.of(), row -> ClvModelRecord.from(row.get("model")));
    }

    /** True when customers exist and no fit is newer than the newest import. */
    public boolean refitDue() {
        return graph.read("clv/refit-due", Map.of(), row -> row.get("due").asBoolean()).get(0);
    }
}
