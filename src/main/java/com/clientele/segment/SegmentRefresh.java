package com.clientele.segment;

import com.clientele.neo4j.Graph;
import com.clientele.segment.ClassificationWriter.Classified;
import com.clientele.segment.RefreshRepository.FullRefresh;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-derives customers' metrics and classes. A full refresh recomputes the thresholds from every buyer; an
 * incremental one reclassifies the given customers against the last full refresh's thresholds. One at a time.
 */
public final class SegmentRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentRefresh.class);
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private final Graph graph;
    private final SegmentationConfig config;
    private final RefreshRepository refreshes;

    public SegmentRefresh(Graph graph, SegmentationConfig config) {
        this.graph = graph;
        this.config = config;
        this.refreshes = new RefreshRepository(graph);
    }

    /** Reclassifies every customer as of {@code asOf} (default: the day after the newest order). */
    public RefreshSummary full(Optional<LocalDate> asOf) {
        ONE_AT_A_TIME.lock();
        try {
            LocalDate date = asOf.orElseGet(() -> refreshes.dayAfterLatestOrder().orElse(LocalDate.now(ZoneOffset.UTC)));
            List<String> ids = graph.read("segment/all-customer-ids", Map.of(), r -> r.get("id").asString());
            RefreshSummary summary = run(ids, date, "FULL", Optional.empty());
            LOG.info("Full segment refresh {} as of {}: {} customers, {} changed class, {} ms", summary.seq(),
                    date, summary.customers(), summary.changed(), summary.totalMillis());
            return summary;
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /** Reclassifies only these customers, against the thresholds of the last full refresh (a full one if none). */
    public RefreshSummary incremental(Collection<String> customerIds) {
        Optional<FullRefresh> last = refreshes.latestFull();
        if (last.isEmpty()) {
            return full(Optional.empty());
        }
        ONE_AT_A_TIME.lock();
        try {
            LocalDate latest = refreshes.dayAfterLatestOrder().orElse(last.get().asOf());
            LocalDate date = latest.isAfter(last.get().asOf()) ? latest : last.get().asOf();
            return run(List.copyOf(customerIds), date, "INCREMENTAL", Optional.of(last.get().thresholds()));
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private RefreshSummary run(List<String> ids, LocalDate asOf, String kind, Optional<Thresholds> reuse) {
        long seq = refreshes.start(asOf, kind);
        long started = System.nanoTime();
        int categories = graph.read("segment/merchandise-category-count", Map.of(),
                r -> r.get("categories").asInt()).get(0);
        MetricsCalculator calculator = new MetricsCalculator(asOf, config.windows().recentDays(), categories);
        List<PurchaseFactsReader.Row> rows = new ArrayList<>(ids.size());
        List<CustomerMetrics> metrics = new ArrayList<>(ids.size());
        PurchaseFactsReader reader = new PurchaseFactsReader(graph);
        for (int start = 0; start < ids.size(); start += ClassificationWriter.BATCH) {
            for (PurchaseFactsReader.Row row : reader.read(ids.subList(start, Math.min(ids.size(),
                    start + ClassificationWriter.BATCH)), asOf, config.windows().newProductDays())) {
                rows.add(row);
                metrics.add(calculator.calculate(row.facts()));
            }
        }
        long read = System.nanoTime();
        Map<String, Double> value = valueBasis(rows);
        Thresholds thresholds = reuse.orElseGet(() -> Thresholds.compute(metrics, value, config));
        Classifier classifier = new Classifier(config, thresholds);
        List<Classified> classified = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CustomerMetrics m = metrics.get(i);
            classified.add(new Classified(m, classifier.classify(m, value.getOrDefault(m.customerId(), m.monetary())),
                    rows.get(i).currentClasses()));
        }
        long classifiedAt = System.nanoTime();
        int changed = new ClassificationWriter(graph).write(classified, asOf, seq);
        refreshes.finish(seq, thresholds, classified.size(), changed);
        long written = System.nanoTime();
        return new RefreshSummary(seq, kind, asOf, classified.size(), changed, (read - started) / 1_000_000,
                (classifiedAt - read) / 1_000_000, (written - classifiedAt) / 1_000_000);
    }

    private Map<String, Double> valueBasis(List<PurchaseFactsReader.Row> rows) {
        Map<String, Double> value = new HashMap<>();
        if (!"PREDICTED_CLV".equals(config.valueTier().basis())) {
            return value;
        }
        rows.stream().filter(r -> r.predictedClv() != null)
                .forEach(r -> value.put(r.facts().customerId(), r.predictedClv()));
        return value;
    }
}
