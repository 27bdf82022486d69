package com.clientele.clv;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores customers against a fit (on all cores: each customer is independent) and hands the results to the writer
 * in customer order, counting each kind of state.
 * A failed fit gives every customer its reason code as state; a history the models cannot value (a non-finite
 * number) is NOT_COMPUTABLE, logged, never NaN.
 */
final class ClvScoring {

    private static final Logger LOG = LoggerFactory.getLogger(ClvScoring.class);

    private final Optional<ClvCalculator> calculator;
    private final String failedState;
    private final ClvScoreWriter writer;
    private int predicted;
    private int notEnoughHistory;
    private int notPredicted;

    ClvScoring(ClvFit fit, ClvSettings settings, ClvScoreWriter writer) {
        this.calculator = fit.succeeded() ? Optional.of(fit.calculator(settings)) : Optional.empty();
        this.failedState = fit.failure().map(failure -> failure.reason().name()).orElse(null);
        this.writer = writer;
    }

    void scoreAll(SortedMap<String, CustomerHistory> histories) {
        List<Map.Entry<String, CustomerHistory>> customers = List.copyOf(histories.entrySet());
        List<Optional<ClvOutcome>> outcomes = customers.parallelStream()
                .map(customer -> outcome(customer.getKey(), customer.getValue())).toList();
        for (int i = 0; i < customers.size(); i++) {
            record(customers.get(i).getKey(), outcomes.get(i));
        }
    }

    /** The customer's outcome; empty when the fit failed or the numbers are not finite. */
    private Optional<ClvOutcome> outcome(String customerId, CustomerHistory history) {
        if (calculator.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(calculator.get().score(history));
        } catch (ArithmeticException | IllegalArgumentException e) {
            LOG.warn("CLV of customer {} ({}) is not computable: {}", customerId, history, e.getMessage());
            return Optional.empty();
        }
    }

    private void record(String customerId, Optional<ClvOutcome> outcome) {
        if (outcome.isEmpty()) {
            notPredicted++;
            writer.notPredicted(customerId, failedState != null ? failedState : ClvState.NOT_COMPUTABLE.name());
            return;
        }
        if (outcome.get().prediction().isPresent()) {
            predicted++;
        } else {
            notEnoughHistory++;
        }
        writer.predicted(customerId, outcome.get());
    }

    void finish() {
        writer.finish();
    }

    int predicted() {
        return predicted;
    }

    int notEnoughHistory() {
        return notEnoughHistory;
    }

    int notPredicted() {
        return notPredicted;
    }
}
