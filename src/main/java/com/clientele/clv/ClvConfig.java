package com.clientele.clv;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The CLV settings of the product, from the {@code clv:} section of clv.yaml (the shipped defaults, or the
 * merchant's file named by CLV_CONFIG): the purchase model (BG_NBD or MBG_NBD), time unit, calibration end
 * (empty = the analysis date), horizon, monthly discount rate, churn risk cut-offs and the minimum history.
 */
public record ClvConfig(PurchaseModel model, ClvTimeUnit timeUnit, LocalDate calibrationEnd, int horizonMonths,
                        double monthlyDiscountRate, ChurnRiskThresholds churnRisk, double minimumHistoryDays) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ClvConfig {
        if (model == null) {
            throw new IllegalArgumentException("clv.model is required: BG_NBD or MBG_NBD");
        }
        if (timeUnit == null) {
            throw new IllegalArgumentException("clv.timeUnit is required: DAYS, WEEKS or MONTHS");
        }
        new ClvSettings(horizonMonths, monthlyDiscountRate, churnRisk, minimumHistoryDays);
    }

    /** The shipped defaults (src/main/resources/clv.yaml). */
    public static ClvConfig defaults() {
        try (InputStream in = ClvConfig.class.getResourceAsStream("/clv.yaml")) {
            return parse(in, "clv.yaml (defaults)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default clv.yaml: " + e.getMessage(), e);
        }
    }

    /** A merchant's own file (CLV_CONFIG, read by AppConfig). */
    public static ClvConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read CLV settings from " + file + ": " + e.getMessage(), e);
        }
    }

    private static ClvConfig parse(InputStream in, String source) throws IOException {
        JsonNode section = YAML.readTree(in).path("clv");
        if (section.isMissingNode()) {
            throw new IllegalStateException("invalid CLV settings in " + source + ": no `clv:` section");
        }
        try {
            return YAML.treeToValue(section, ClvConfig.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("invalid CLV settings in " + source + ": " + e.getMessage(), e);
        }
    }

    public Optional<LocalDate> fixedCalibrationEnd() {
        return Optional.ofNullable(calibrationEnd);
    }

    public ClvSettings settings() {
        return new ClvSettings(horizonMonths, monthlyDiscountRate, churnRisk, minimumHistoryDays);
    }

    /** The same settings with another purchase model. */
    public ClvConfig withModel(PurchaseModel purchaseModel) {
        return new ClvConfig(purchaseModel, timeUnit, calibrationEnd, horizonMonths, monthlyDiscountRate, churnRisk,
                minimumHistoryDays);
    }

    /** The same settings with another calibration end. */
    public ClvConfig calibratedAt(LocalDate end) {
        return new ClvConfig(model, timeUnit, end, horizonMonths, monthlyDiscountRate, churnRisk, minimumHistoryDays);
    }
}
