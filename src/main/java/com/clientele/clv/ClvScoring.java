package com.clientele.clv;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores customers one by one against a fit and hands the results to the writer, counting each kind of state.
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

    void score(String customerId, CustomerHistory history) {
        if (calculator.isEmpty()) {
            notPredicted++;
            writer.notPredicted(customerId, failedState);
            return;
        }
        ClvOutcome outcome;
        try {
            outcome = calculator.get().score(history);
        } catch (ArithmeticException | IllegalArgumentException e) {
            LOG.warn("CLV of customer {} ({}) is not computable: {}", customerId, history, e.getMessage());
            notPredicted++;
            writer.notPredicted(customerId, ClvState.NOT_COMPUTABLE.name());
            return;
        }
        if (outcome.prediction().isPresent()) {
            predicted++;
        } else {
            notEnoughHistory++;
        }
        writer.predicted(customerId, outcome);
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
