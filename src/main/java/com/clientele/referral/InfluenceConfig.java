package com.clientele.referral;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The referral influence settings, from influence.yaml (the defaults on the classpath, or the merchant's file named
 * by the environment variable INFLUENCE_CONFIG, read by AppConfig): PageRank, cascade decay and the influence grid.
 */
public record InfluenceConfig(PageRankSettings pageRank, Cascade cascade, Grid grid) {

    /** decayedCascadeRevenue weighs a referral n levels down by {@code decayPerLevel^(n - 1)}. */
    public record Cascade(double decayPerLevel) {
    }

    /** Quantile cut points of own value and of referral value (cascadeRevenue). */
    public record Grid(double ownValueQuantile, double referralValueQuantile) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    /** The shipped defaults (src/main/resources/influence.yaml). */
    public static InfluenceConfig defaults() {
        try (InputStream in = InfluenceConfig.class.getResourceAsStream("/influence.yaml")) {
            return YAML.readValue(in, InfluenceConfig.class).validated("influence.yaml (defaults)");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the default influence.yaml: " + e.getMessage(), e);
        }
    }


    /** A merchant's own file. */
    public static InfluenceConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, InfluenceConfig.class).validated(file.toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read influence settings from " + file + ": " + e.getMessage(), e);
        }
    }

    private InfluenceConfig validated(String source) {
        require(cascade.decayPerLevel() > 0.0 && cascade.decayPerLevel() <= 1.0, source,
                "cascade.decayPerLevel above 0 and at most 1");
        require(isQuantile(grid.ownValueQuantile()), source, "grid.ownValueQuantile between 0 and 1");
        require(isQuantile(grid.referralValueQuantile()), source, "grid.referralValueQuantile between 0 and 1");
        return this;
    }

    private static boolean isQuantile(double q) {
        return q >= 0.0 && q <= 1.0;
    }

    private static void require(boolean condition, String source, String rule) {
        if (!condition) {
            throw new IllegalStateException("invalid influence settings in " + source + ": expected " + rule);
        }
    }
}
