package com.clientele.clv;

import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the CLV models on the merchant's own data and scores every customer: reads the histories from the graph
 * ({@link ClvHistoryReader}), fits the purchase model (BG/NBD or MBG/NBD) and Gamma-Gamma, checks the purchase
 * model on a holdout of the same data ({@link HoldoutValidation}), stores the fit as a (:ClvModel) node (a failed
 * fit too, with its reason), and writes each customer's state and predictions ({@link ClvScoreWriter}). One at a
 * time; the holdout check counts in the fit phase's time.
 */
public final class ClvRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(ClvRefresh.class);
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private final Graph graph;
    private final ClvConfig config;
    private final Clock clock;

    public ClvRefresh(Graph graph, ClvConfig config, Clock clock) {
        this.graph = graph;
        this.config = config;
        this.clock = clock;
    }

    /** Refits as of {@code calibrationEnd}, else the configured one, else the day after the newest order. */
    public ClvRun refresh(Optional<LocalDate> calibrationEnd) {
        ONE_AT_A_TIME.lock();
        try {
            LocalDate end = calibrationEnd.or(config::fixedCalibrationEnd).orElseGet(this::dayAfterLatestOrder);
            ClvRun run = run(end);
            LOG.info(run.format());
            return run;
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private ClvRun run(LocalDate end) {
        long started = System.nanoTime();
        SortedMap<String, CustomerHistory> histories = new ClvHistoryReader(graph).read(end, config.timeUnit());
        long read = System.nanoTime();
        ClvFit fit = ClvFit.of(histories.values(), config.model());
        ClvQuality quality = HoldoutValidation.run(new ClvHistoryReader(graph).purchaseDays(end), end, config)
                .orElse(null);
        long fitted = System.nanoTime();
        int repeatBuyers = (int) histories.values().stream().filter(CustomerHistory::isRepeatBuyer).count();
        ClvModelRecord model = ClvModelRecord.of(UUID.randomUUID().toString(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), end, config, fit,
                histories.size(), repeatBuyers, quality);
        new ClvModelRepository(graph).save(model);
        ClvScoring scoring = new ClvScoring(fit, config.settings(), new ClvScoreWriter(graph, model));
        scoring.scoreAll(histories);
        long scored = System.nanoTime();
        scoring.finish();
        long written = System.nanoTime();
        return new ClvRun(model, scoring.predicted(), scoring.notEnoughHistory(), scoring.notPredicted(),
                millis(started, read), millis(read, fitted), millis(fitted, scored), millis(scored, written));
    }

    private LocalDate dayAfterLatestOrder() {
        return graph.readOne("clv/day-after-latest-order", Map.of(), row -> row.get("day").asLocalDate())
                .orElse(LocalDate.now(clock));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
