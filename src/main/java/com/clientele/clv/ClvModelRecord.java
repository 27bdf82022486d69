package com.clientele.clv;

import com.clientele.neo4j.Values;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * One stored CLV fit, a {@code (:ClvModel)} node: when and on what it was fitted (purchase model, calibration end,
 * time unit, customers, repeat buyers), its state (FITTED, BOUNDARY_FIT or UNIDENTIFIED from the
 * {@link FitVerdict}, or the {@link FitFailure} code, with a message in English and Chinese), the purchase-model and
 * Gamma-Gamma parameters and log-likelihoods that were reached, the valuation settings and the holdout check
 * ({@link ClvQuality}). Absent numbers are null.
 */
public record ClvModelRecord(String id, OffsetDateTime fittedAt, String purchaseModel, LocalDate calibrationEnd,
                             String timeUnit, String state, String message, String messageZh, int customers,
                             int repeatBuyers, Double r, Double alpha, Double a, Double b, Double bgNbdLogLikelihood,
                             Double p, Double q, Double gamma, Double gammaGammaLogLikelihood,
                             Integer gammaGammaCustomers, int horizonMonths, double monthlyDiscountRate,
                             ClvQuality quality) {

    public static final String FITTED = "FITTED";

    /** The record of a fit (or failed fit) on {@code customers} histories with {@code repeatBuyers} repeat buyers. */
    public static ClvModelRecord of(String id, OffsetDateTime fittedAt, LocalDate calibrationEnd, ClvConfig config,
                                    ClvFit fit, int customers, int repeatBuyers, ClvQuality quality) {
        Optional<FitVerdict> verdict = fit.purchases().map(BgNbdFit::verdict);
        String state = fit.failure().map(failure -> failure.reason().name())
                .orElseGet(() -> verdict.orElseThrow().state());
        String message = fit.failure().map(Throwable::getMessage)
                .orElseGet(() -> verdict.orElseThrow().messageEn());
        String messageZh = fit.failure().map(failure -> "拟合失败：" + failure.getMessage())
                .orElseGet(() -> verdict.orElseThrow().messageZh());
        Optional<BgNbdModel> purchases = fit.purchases().map(BgNbdFit::model);
        Optional<GammaGammaModel> spend = fit.spend().map(GammaGammaFit::model);
        return new ClvModelRecord(id, fittedAt, config.model().name(), calibrationEnd, config.timeUnit().name(),
                state, message, messageZh, customers, repeatBuyers,
                purchases.map(BgNbdModel::r).orElse(null), purchases.map(BgNbdModel::alpha).orElse(null),
                purchases.map(BgNbdModel::a).orElse(null), purchases.map(BgNbdModel::b).orElse(null),
                fit.purchases().map(BgNbdFit::logLikelihood).orElse(null),
                spend.map(GammaGammaModel::p).orElse(null), spend.map(GammaGammaModel::q).orElse(null),
                spend.map(GammaGammaModel::gamma).orElse(null),
                fit.spend().map(GammaGammaFit::logLikelihood).orElse(null),
                fit.spend().map(GammaGammaFit::customers).orElse(null),
                config.horizonMonths(), config.monthlyDiscountRate(), quality);
    }

    public boolean fitted() {
        return FITTED.equals(state);
    }

    /** Customers were scored: FITTED, or a BOUNDARY_FIT / UNIDENTIFIED fit whose numbers carry its warning. */
    public boolean scored() {
        return fitted() || FitVerdict.BOUNDARY_FIT.equals(state) || FitVerdict.UNIDENTIFIED.equals(state);
    }

    /** The message in both languages; null when FITTED. */
    public ClvText explanation() {
        return message == null ? null : new ClvText(message, messageZh == null ? message : messageZh);
    }

    /** The node's properties (nulls remove a property). */
    Map<String, Object> properties() {
        Map<String, Object> values = new HashMap<>();
        values.put("fittedAt", fittedAt);
        values.put("calibrationEnd", calibrationEnd);
        values.put("unit", timeUnit);
        values.put("purchaseModel", purchaseModel);
        values.put("state", state);
        values.put("message", message);
        values.put("messageZh", messageZh);
        values.put("customers", customers);
        values.put("repeatBuyers", repeatBuyers);
        values.put("r", r);
        values.put("alpha", alpha);
        values.put("a", a);
        values.put("b", b);
        values.put("bgNbdLogLikelihood", bgNbdLogLikelihood);
        values.put("p", p);
        values.put("q", q);
        values.put("gamma", gamma);
        values.put("ggLogLikelihood", gammaGammaLogLikelihood);
        values.put("ggCustomers", gammaGammaCustomers);
        values.put("horizonMonths", horizonMonths);
        values.put("monthlyDiscountRate", monthlyDiscountRate);
        if (quality != null) {
            values.putAll(quality.properties());
        }
        return values;
    }

    /** Maps the {@code m {.*}} projection of a :ClvModel node. */
    static ClvModelRecord from(Value m) {
        String purchaseModel = Values.string(m, "purchaseModel");
        return new ClvModelRecord(Values.string(m, "id"), Values.dateTime(m, "fittedAt"),
                purchaseModel == null ? PurchaseModel.BG_NBD.name() : purchaseModel, Values.date(m, "calibrationEnd"),
                Values.string(m, "unit"), Values.string(m, "state"), Values.string(m, "message"),
                Values.string(m, "messageZh"), Values.integer(m, "customers"), Values.integer(m, "repeatBuyers"),
                Values.optionalNumber(m, "r"), Values.optionalNumber(m, "alpha"), Values.optionalNumber(m, "a"),
                Values.optionalNumber(m, "b"), Values.optionalNumber(m, "bgNbdLogLikelihood"),
                Values.optionalNumber(m, "p"), Values.optionalNumber(m, "q"), Values.optionalNumber(m, "gamma"),
                Values.optionalNumber(m, "ggLogLikelihood"), Values.integer(m, "ggCustomers"),
                Values.integer(m, "horizonMonths"), Values.number(m, "monthlyDiscountRate", 0), ClvQuality.from(m));
    }
}
