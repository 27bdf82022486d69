package com.clientele.segment;

import com.clientele.neo4j.Graph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes classified customers back in batches, and a dated snapshot of all eight dimensions' classes for each one
 * whose classes differ from its newest snapshot.
 */
public final class ClassificationWriter {

    static final int BATCH = 5_000;

    /**
     * One classified customer: its new classes, the CHURN_RISK and INFLUENCE classes other refreshes stored on it,
     * and the classes of its newest snapshot (all by dimension name).
     */
    public record Classified(CustomerMetrics metrics, Classification classification,
            Map<String, String> modelClasses, Map<String, String> previousClasses) {

        /** Every class this refresh records: the six it derived and the two it found stored. */
        Map<String, String> classes() {
            Map<String, String> classes = new HashMap<>(classification.classesByDimension());
            classes.putAll(modelClasses);
            return classes;
        }

        boolean changed() {
            return !classes().equals(previousClasses);
        }
    }

    private final Graph graph;

    public ClassificationWriter(Graph graph) {
        this.graph = graph;
    }

    /** Writes all customers (batches on different customers, one per core at a time); how many changed class. */
    public int write(List<Classified> customers, LocalDate asOf, long seq) {
        return InParallel.batches(customers, BATCH, batch -> writeBatch(batch, asOf, seq)).stream()
                .mapToInt(Integer::intValue).sum();
    }

    private int writeBatch(List<Classified> batch, LocalDate asOf, long seq) {
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        List<Map<String, Object>> snapshots = new ArrayList<>();
        for (Classified customer : batch) {
            String id = customer.metrics().customerId();
            rows.add(Map.of("id", id, "properties",
                    ClassificationProperties.of(customer.metrics(), customer.classification(), asOf, seq)));
            if (customer.changed()) {
                snapshots.add(Map.of("id", id, "classes", customer.classes()));
            }
        }
        graph.writeTogether(List.of("segment/write-classification", "segment/write-snapshots"),
                Map.of("rows", rows, "snapshotRows", snapshots, "seq", seq, "asOf", asOf));
        return snapshots.size();
    }
}
