package com.clientele.segment;

import com.clientele.app.AppConfig;
import com.clientele.support.ApiServer;
import com.clientele.support.TemporaryDirectories;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: a server started on a segmentation.yaml where every number differs from the defaults, and the
 * descriptions its schema gives the classes and class fields (introspected over HTTP, whitespace folded), keyed
 * {@code Type} and {@code Type.VALUE} / {@code Type.field}. {@link #stated} reads a number a description states.
 */
final class StatedRules implements AutoCloseable {

    /** A number in a description: digits with an optional decimal part (a full stop after it ends the sentence). */
    static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";

    private static final String RULES = """
            windows: {recentDays: 120, newProductDays: 30}
            valueTier: {basis: MONETARY, highQuantile: 0.85, midQuantile: 0.45}
            rfm: {quintiles: [0.1, 0.3, 0.5, 0.7]}
            lifecycle: {newDays: 45, churnGapQuantile: 0.9, churnMinDays: 80, churnMaxDays: 300, decliningRatio: 0.4,
              overdueFactor: 2.5, matureDays: 400}
            behaviour: {loyalFrequencyQuantile: 0.7, regularMaxCv: 0.6, unstableMinCv: 1.2}
            breadth: {broadQuantile: 0.75, broadMinCategories: 5}
            channel: {onlineMinShare: 0.85, offlineMaxShare: 0.15}
            preferences: {discountSeekingShare: 0.4, newProductSeekingShare: 0.6}
            """;
    private static final List<String> TYPES = List.of("ValueTier", "RfmSegment", "Lifecycle", "Behaviour", "Breadth",
            "ChannelClass", "CustomerClassification", "CustomerSegmentMetrics");

    final SegmentationConfig config;
    final ApiServer api;
    private final Map<String, String> descriptions = new HashMap<>();

    private StatedRules(Path file) {
        this.config = SegmentationConfig.load(file);
        this.api = ApiServer.start(AppConfig.fromEnvironment(Map.of("PORT", "0", "DATA_DIR",
                "target/unused-data-dir", "SEGMENTATION_CONFIG", file.toString())));
        TYPES.forEach(this::introspect);
    }

    static StatedRules start() {
        try {
            Path file = TemporaryDirectories.create("clientele-rules").resolve("segmentation.yaml");
            Files.writeString(file, RULES);
            return new StatedRules(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void introspect(String type) {
        JsonNode found = api.graphql("query($t: String!) { __type(name: $t) { description"
                + " enumValues { name description } fields { name description } } }", Map.of("t", type))
                .at("/data/__type");
        descriptions.put(type, oneLine(found.get("description")));
        found.path("enumValues").forEach(value -> descriptions.put(type + "." + value.get("name").asText(),
                oneLine(value.get("description"))));
        found.path("fields").forEach(field -> descriptions.put(type + "." + field.get("name").asText(),
                oneLine(field.get("description"))));
    }

    private static String oneLine(JsonNode description) {
        return description.asText("").replaceAll("\\s+", " ");
    }

    String description(String where) {
        return descriptions.getOrDefault(where, "");
    }

    /** The first group of {@code regex} in the description, if it says it. */
    Optional<String> says(String where, String regex) {
        Matcher found = Pattern.compile(regex).matcher(description(where));
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }

    /** The number the description states with {@code regex}; an assertion error when it does not say it. */
    double stated(String where, String regex) {
        return Double.parseDouble(says(where, regex).orElseThrow(() -> new AssertionError(where + " does not say '"
                + regex + "': " + description(where))));
    }

    @Override
    public void close() {
        api.close();
    }
}
