package com.clientele.segment;

import com.clientele.neo4j.Graph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes classified customers back in batches, and a dated snapshot for each one whose classes changed. */
public final class ClassificationWriter {

    static final int BATCH = 5_000;

    /** One classified customer, with the classes the graph held before this refresh. */
    public record Classified(CustomerMetrics metrics, Classification classification,
            Map<String, String> previousClasses) {

        boolean changed() {
            return !classification.classesByDimension().equals(previousClasses);
        }
    }

    private final Graph graph;

    public ClassificationWriter(Graph graph) {
        this.graph = graph;
    }

    /** Writes all customers and returns how many changed class in at least one dimension. */
    public int write(List<Classified> customers, LocalDate asOf, long seq) {
        int changed = 0;
        for (int start = 0; start < customers.size(); start += BATCH) {
            List<Classified> batch = customers.subList(start, Math.min(customers.size(), start + BATCH));
            changed += writeBatch(batch, asOf, seq);
        }
        return changed;
    }

    private int writeBatch(List<Classified> batch, LocalDate asOf, long seq) {
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        List<Map<String, Object>> snapshots = new ArrayList<>();
        for (Classified customer : batch) {
            String id = customer.metrics().customerId();
            rows.add(Map.of("id", id, "properties",
                    ClassificationProperties.of(customer.metrics(), customer.classification(), asOf, seq)));
            if (customer.changed()) {
                snapshots.add(Map.of("id", id, "classes", customer.classification().classesByDimension()));
            }
        }
        graph.writeTogether(List.of("segment/write-classification", "segment/write-snapshots"),
                Map.of("rows", rows, "snapshotRows", snapshots, "seq", seq, "asOf", asOf));
        return snapshots.size();
    }
}
