package com.clientele.segment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The segmentation rules' parameters, from segmentation.yaml (defaults on the classpath, or a merchant's file). */
public record SegmentationConfig(
        Windows windows,
        ValueTierRule valueTier,
        RfmRule rfm,
        LifecycleRule lifecycle,
        BehaviourRule behaviour,
        BreadthRule breadth,
        ChannelRule channel,
        PreferenceRule preferences) {

    public record Windows(int recentDays, int newProductDays) {
    }

    public record ValueTierRule(String basis, double highQuantile, double midQuantile) {
    }

    public record RfmRule(List<Double> quintiles) {
    }

    public record LifecycleRule(int newDays, double churnGapQuantile, int churnMinDays, int churnMaxDays,
            double decliningRatio, double overdueFactor, int matureDays) {
    }

    public record BehaviourRule(double loyalFrequencyQuantile, double regularMaxCv, double unstableMinCv) {
    }

    public record BreadthRule(double broadQuantile, int broadMinCategories) {
    }

    public record ChannelRule(double onlineMinShare, double offlineMaxShare) {
    }

    public record PreferenceRule(double discountSeekingShare, double newProductSeekingShare) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    /** The shipped defaults (src/main/resources/segmentation.yaml). */
    public static SegmentationConfig defaults() {
        try (InputStream in = SegmentationConfig.class.getResourceAsStream("/segmentation.yaml")) {
            return YAML.readValue(in, SegmentationConfig.class).validated("segmentation.yaml (defaults)");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default segmentation.yaml: " + e.getMessage(), e);
        }
    }

    /** A merchant's own file, or the defaults when {@code file} is null. */
    public static SegmentationConfig load(Path file) {
        if (file == null) {
            return defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, SegmentationConfig.class).validated(file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read segmentation rules from " + file + ": " + e.getMessage(), e);
        }
    }

    private SegmentationConfig validated(String source) {
        require(valueTier.midQuantile() < valueTier.highQuantile(), source, "valueTier.midQuantile < highQuantile");
        require(List.of("MONETARY", "PREDICTED_CLV").contains(valueTier.basis()), source,
                "valueTier.basis is MONETARY or PREDICTED_CLV");
        require(rfm.quintiles().size() == 4, source, "rfm.quintiles has 4 cut points");
        require(lifecycle.churnMinDays() <= lifecycle.churnMaxDays(), source, "lifecycle.churnMinDays <= churnMaxDays");
        require(channel.offlineMaxShare() < channel.onlineMinShare(), source, "channel.offlineMaxShare < onlineMinShare");
        require(windows.recentDays() > 0 && windows.newProductDays() >= 0, source, "windows are positive");
        return this;
    }

    private static void require(boolean condition, String source, String rule) {
        if (!condition) {
            throw new IllegalStateException("invalid segmentation rules in " + source + ": expected " + rule);
        }
    }
}
