package com.clientele.strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next-best-action table as docs/strategy.md documents it, read from the page itself (not from the code), so a
 * test can apply the documented rules independently of {@link NextBestActionRules}. A row reads
 * {@code | # | ACTION | priority | HIGH, MID or any | DIMENSION CLASS[ / CLASS], ... |}; text in parentheses is a
 * comment, and a row without classes matches everyone (strategy VALUE_TIER/tier).
 */
final class DocumentedRuleTable {

    /** One documented row: its classes are (dimension, class) pairs in the order the row lists them. */
    record Row(String action, int priority, List<String> tiers, List<Map.Entry<String, String>> anyOf) {
    }

    /** What the documented table gives a customer: the action, its priority and the strategy it draws on. */
    record Expected(String action, int priority, String strategyDimension, String strategyClass) {
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d+) \\| ([A-Z_]+) \\| (\\d) \\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Map<String, String> DIMENSIONS = Map.of("RFM", "RFM_SEGMENT", "LIFECYCLE", "LIFECYCLE",
            "BEHAVIOUR", "BEHAVIOUR", "BREADTH", "BREADTH", "CHURN_RISK", "CHURN_RISK", "INFLUENCE", "INFLUENCE",
            "VALUE_TIER", "VALUE_TIER", "CHANNEL", "CHANNEL");

    private final List<Row> rows;

    private DocumentedRuleTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static DocumentedRuleTable fromDocs() {
        try {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("docs/strategy.md"))) {
                Matcher row = ROW.matcher(line.trim());
                if (row.matches()) {
                    rows.add(new Row(row.group(2), Integer.parseInt(row.group(3)), tiers(row.group(4)),
                            classes(row.group(5))));
                }
            }
            return new DocumentedRuleTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** The first documented row that applies to a customer whose class in each dimension is {@code classes}. */
    Expected apply(Map<String, String> classes) {
        String tier = classes.get("VALUE_TIER");
        for (Row row : rows) {
            if (!row.tiers().isEmpty() && !row.tiers().contains(tier)) {
                continue;
            }
            if (row.anyOf().isEmpty()) {
                return new Expected(row.action(), row.priority(), "VALUE_TIER", tier);
            }
            Optional<Map.Entry<String, String>> found = row.anyOf().stream()
                    .filter(condition -> condition.getValue().equals(classes.get(condition.getKey()))).findFirst();
            if (found.isPresent()) {
                return new Expected(row.action(), row.priority(), found.get().getKey(), found.get().getValue());
            }
        }
        throw new IllegalStateException("no documented rule applies to " + classes);
    }

    private static List<String> tiers(String cell) {
        String text = cell.trim();
        return text.equals("any") ? List.of() : Arrays.stream(text.split(",")).map(String::trim).toList();
    }

    private static List<Map.Entry<String, String>> classes(String cell) {
        String text = cell.replaceAll("\\([^)]*\\)", "").trim();
        List<Map.Entry<String, String>> conditions = new ArrayList<>();
        if (text.isEmpty()) {
            return conditions;
        }
        for (String item : text.split(",")) {
            String[] words = item.trim().split(" ", 2);
            String dimension = DIMENSIONS.get(words[0]);
            if (dimension == null) {
                throw new IllegalStateException("docs/strategy.md names an unknown dimension: " + item);
            }
            for (String className : words[1].split("/")) {
                conditions.add(Map.entry(dimension, className.trim()));
            }
        }
        return conditions;
    }
}
