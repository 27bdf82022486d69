package com.clientele.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dimensions customers are classified in and the classes of each, exactly as docs/classes.md names them.
 * A strategy is addressed by its key {@code DIMENSION/CLASS}, e.g. {@code VALUE_TIER/HIGH}.
 */
public enum SegmentDimension {
    VALUE_TIER(true, "HIGH", "MID", "LOW"),
    RFM_SEGMENT(true, "CHAMPIONS", "LOYAL", "POTENTIAL_LOYALIST", "NEW", "PROMISING", "NEED_ATTENTION",
            "ABOUT_TO_SLEEP", "AT_RISK", "CANT_LOSE_THEM", "HIBERNATING", "LOST", "NO_PURCHASE"),
    LIFECYCLE(true, "PROSPECT", "NEW", "ONE_TIME", "GROWING", "MATURE", "DECLINING", "CHURNED"),
    BEHAVIOUR(true, "LOYAL", "REGULAR", "UNSTABLE", "ONE_TIME", "POTENTIAL", "CHURNED"),
    BREADTH(true, "NONE", "SINGLE_CATEGORY", "FOCUSED", "BROAD"),
    CHANNEL(true, "NONE", "ONLINE", "OFFLINE", "MIXED"),
    CHURN_RISK(false, "LOW", "MEDIUM", "HIGH", "NOT_ENOUGH_HISTORY", "NO_PREDICTION"),
    INFLUENCE(false, "CHAMPION", "AFFLUENT", "ADVOCATE", "MISER");

    private final boolean main;
    private final List<String> classes;

    SegmentDimension(boolean main, String... classes) {
        this.main = main;
        this.classes = List.of(classes);
    }

    /** The classes of this dimension, in the order docs/classes.md lists them. */
    public List<String> classes() {
        return classes;
    }

    /**
     * True for the six dimensions the segment refresh derives from the purchase history; false for CHURN_RISK (from
     * the CLV refit) and INFLUENCE (from the referral refresh).
     */
    public boolean isMain() {
        return main;
    }

    public boolean hasClass(String className) {
        return classes.contains(className);
    }

    /** The strategy key of one of this dimension's classes, e.g. {@code LIFECYCLE/NEW}. */
    public String key(String className) {
        return name() + "/" + className;
    }

    /** Position of a class in this dimension's list, for a stable reading order; -1 if it is not a class here. */
    public int orderOf(String className) {
        return classes.indexOf(className);
    }

    /** The dimension with this name (case-insensitive), or empty when there is none. */
    public static Optional<SegmentDimension> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (SegmentDimension dimension : values()) {
            if (dimension.name().equals(wanted)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /** Every strategy key of every dimension, in vocabulary order. */
    public static List<String> allKeys() {
        return java.util.Arrays.stream(values())
                .flatMap(dimension -> dimension.classes.stream().map(dimension::key))
                .toList();
    }
}
