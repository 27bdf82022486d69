package com.clientele.clv;

/**
 * What one CLV refresh did: the stored fit (its state says whether it fitted), how many customers got each kind of
 * state, and how long each phase took (read histories, fit both models, score, write).
 */
public record ClvRun(ClvModelRecord model, int predicted, int notEnoughHistory, int notPredicted,
                     long readMillis, long fitMillis, long scoreMillis, long writeMillis) {

    public String format() {
        return String.format("CLV fit %s as of %s: %s; %d customers with history (%d repeat buyers): %d predicted,"
                        + " %d not enough history, %d without numbers; read %d ms, fit %d ms, score %d ms,"
                        + " write %d ms", model.id(), model.calibrationEnd(), model.fitted() ? "FITTED"
                        : model.state() + " (" + model.message() + ")", model.customers(), model.repeatBuyers(),
                predicted, notEnoughHistory, notPredicted, readMillis, fitMillis, scoreMillis, writeMillis);
    }
}
