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
            List<String> ids = graph.read("segment/all-customer-ids", Map.of(), row -> row.get("id").asString());
            RefreshSummary summary = run(ids, date, "FULL", Optional.empty());
            LOG.info("Full segment refresh {} as of {}: {} customers, {} changed class, {} ms", summary.seq(),
                    date, summary.customers(), summary.changed(), summary.totalMillis());
            return summary;
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /**
     * Reclassifies only these customers, against the thresholds and as of the analysis date of the last full refresh
     * (a full refresh if there is none), so every customer's classes and every KPI hold as of one date. Orders on or
     * after that date wait for the next full refresh.
     */
    public RefreshSummary incremental(Collection<String> customerIds) {
        Optional<FullRefresh> last = refreshes.latestFull();
        if (last.isEmpty()) {
            return full(Optional.empty());
        }
        ONE_AT_A_TIME.lock();
        try {
            return run(List.copyOf(customerIds), last.get().asOf(), "INCREMENTAL", Optional.of(last.get().thresholds()));
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private RefreshSummary run(List<String> ids, LocalDate asOf, String kind, Optional<Thresholds> reuse) {
        long seq = refreshes.start(asOf, kind);
        long started = System.nanoTime();
        List<Observed> observed = observe(ids, asOf);
        long read = System.nanoTime();
        List<CustomerMetrics> metrics = observed.stream().map(Observed::metrics).toList();
        Map<String, Double> value = valueBasis(observed);
        Thresholds thresholds = reuse.orElseGet(() -> Thresholds.compute(metrics, value, config));
        List<Classified> classified = classify(observed, new Classifier(config, thresholds), value);
        long classifiedAt = System.nanoTime();
        int changed = new ClassificationWriter(graph).write(classified, asOf, seq);
        refreshes.finish(seq, thresholds, classified.size(), changed);
        long written = System.nanoTime();
        return new RefreshSummary(seq, kind, asOf, classified.size(), changed, (read - started) / 1_000_000,
                (classifiedAt - read) / 1_000_000, (written - classifiedAt) / 1_000_000);
    }

    /** Reads the customers' facts in batches (one per core at a time) and keeps their metrics as of {@code asOf}. */
    private List<Observed> observe(List<String> ids, LocalDate asOf) {
        int categories = graph.read("segment/merchandise-category-count", Map.of(),
                row -> row.get("categories").asInt()).get(0);
        MetricsCalculator calculator = new MetricsCalculator(asOf, config.windows().recentDays(), categories);
        PurchaseFactsReader reader = new PurchaseFactsReader(graph);
        List<Observed> observed = new ArrayList<>(ids.size());
        InParallel.batches(ids, ClassificationWriter.BATCH, batch -> reader.read(batch, asOf,
                config.windows().newProductDays()).stream().map(row -> new Observed(calculator.calculate(row.facts()),
                row.predictedClv(), row.modelClasses(), row.previousClasses())).toList()).forEach(observed::addAll);
        return observed;
    }

    private static List<Classified> classify(List<Observed> observed, Classifier classifier,
            Map<String, Double> value) {
        List<Classified> classified = new ArrayList<>(observed.size());
        for (Observed customer : observed) {
            CustomerMetrics metrics = customer.metrics();
            Classification classes = classifier.classify(metrics,
                    value.getOrDefault(metrics.customerId(), metrics.monetary()));
            classified.add(new Classified(metrics, classes, customer.modelClasses(), customer.previousClasses()));
        }
        return classified;
    }

    private Map<String, Double> valueBasis(List<Observed> observed) {
        Map<String, Double> value = new HashMap<>();
        if (!"PREDICTED_CLV".equals(config.valueTier().basis())) {
            return value;
        }
        observed.stream().filter(customer -> customer.predictedClv() != null)
                .forEach(customer -> value.put(customer.metrics().customerId(), customer.predictedClv()));
        return value;
    }

    /** What a refresh keeps per customer between reading and writing: metrics, not the raw facts. */
    private record Observed(CustomerMetrics metrics, Double predictedClv, Map<String, String> modelClasses,
            Map<String, String> previousClasses) {
    }
}
