package com.clientele.strategy;

import com.clientele.vocabulary.SegmentDimension;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default strategy playbook, {@code strategy/playbook.yaml}: one entry for every class of every dimension.
 * Loading validates the whole file and fails with a {@link PlaybookException} listing every broken entry, so a bad
 * edit stops the server at start-up instead of showing an empty text to a merchant.
 */
public final class PlaybookFile {

    public static final String RESOURCE = "strategy/playbook.yaml";

    private final Map<String, Strategy> byKey;

    private PlaybookFile(Map<String, Strategy> byKey) {
        this.byKey = byKey;
    }

    public static PlaybookFile fromClasspath() {
        try (InputStream in = PlaybookFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PlaybookException(RESOURCE, List.of("the file is not on the classpath"));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses and validates a playbook; {@code source} names it in error messages. */
    public static PlaybookFile parse(String yaml, String source) {
        JsonNode root = readTree(yaml, source);
        List<String> problems = new ArrayList<>(unknownEntries(root));
        Map<String, Strategy> byKey = new LinkedHashMap<>();
        for (SegmentDimension dimension : SegmentDimension.values()) {
            for (String className : dimension.classes()) {
                JsonNode entry = root.path(dimension.name()).path(className);
                PlaybookEntryReader.read(dimension, className, entry, problems)
                        .ifPresent(strategy -> byKey.put(strategy.key(), strategy));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlaybookException(source, problems);
        }
        return new PlaybookFile(byKey);
    }

    /** Every entry, in the order of docs/classes.md. */
    public List<Strategy> entries() {
        return List.copyOf(byKey.values());
    }

    /** The default strategy of a class; every class of the vocabulary has one. */
    public Strategy defaultFor(SegmentDimension dimension, String className) {
        Strategy strategy = byKey.get(dimension.key(className));
        if (strategy == null) {
            throw new IllegalArgumentException(dimension.key(className) + " is not a class of the vocabulary");
        }
        return strategy;
    }

    private static JsonNode readTree(String yaml, String source) {
        try {
            JsonNode root = new YAMLMapper().readTree(yaml);
            if (root == null || !root.isObject()) {
                throw new PlaybookException(source, List.of("the file must be a mapping of DIMENSION: CLASS: entry"));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new PlaybookException(source, List.of("not valid YAML" + where + ": " + e.getOriginalMessage()));
        }
    }

    private static List<String> unknownEntries(JsonNode root) {
        List<String> problems = new ArrayList<>();
        root.fields().forEachRemaining(dimensionEntry -> {
            var dimension = SegmentDimension.parse(dimensionEntry.getKey())
                    .filter(segmentDimension -> segmentDimension.name().equals(dimensionEntry.getKey()));
            if (dimension.isEmpty()) {
                problems.add(dimensionEntry.getKey() + ": not a dimension; use one of "
                        + List.of(SegmentDimension.values()));
                return;
            }
            dimensionEntry.getValue().fieldNames().forEachRemaining(className -> {
                if (!dimension.get().hasClass(className)) {
                    problems.add(dimension.get().key(className) + ": not a class of " + dimension.get()
                            + "; use one of " + dimension.get().classes());
                }
            });
        });
        return problems;
    }
}
