package com.clientele.strategy;

import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one entry of the playbook file into a {@link Strategy}, adding a problem that names the entry and the
 * field for everything missing, empty, misspelt or out of range.
 */
final class PlaybookEntryReader {

    private static final Set<String> ENTRY_FIELDS = Set.of("offerType", "channel", "contactFrequency", "priority",
            "en", "zh");
    private static final Set<String> TEXT_FIELDS = Set.of("name", "description", "objective", "actions");

    private PlaybookEntryReader() {
    }

    static Optional<Strategy> read(SegmentDimension dimension, String className, JsonNode entry,
            List<String> problems) {
        String key = dimension.key(className);
        if (!entry.isObject()) {
            problems.add(key + ": missing; every class of docs/classes.md needs an entry");
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(key, entry, ENTRY_FIELDS, problems);
        OfferType offerType = enumField(key, entry, "offerType", OfferType.class, problems);
        ContactChannel channel = enumField(key, entry, "channel", ContactChannel.class, problems);
        ContactFrequency frequency = enumField(key, entry, "contactFrequency", ContactFrequency.class, problems);
        int priority = priority(key, entry, problems);
        Map<Language, StrategyText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, text(key, language, entry.path(language.name().toLowerCase(Locale.ROOT)), problems));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Strategy(dimension, className, texts, offerType, channel, frequency, priority,
                null, null, true));
    }

    private static <E extends Enum<E>> E enumField(String key, JsonNode entry, String field, Class<E> type,
            List<String> problems) {
        String value = entry.path(field).asText("");
        Optional<E> parsed = Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst();
        if (parsed.isEmpty()) {
            problems.add(key + ": " + field + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
        return parsed.orElse(null);
    }

    private static int priority(String key, JsonNode entry, List<String> problems) {
        JsonNode priority = entry.path("priority");
        if (!priority.isInt() || !Strategy.isValidPriority(priority.asInt())) {
            problems.add(key + ": priority must be a whole number from " + Strategy.HIGHEST_PRIORITY + " to "
                    + Strategy.LOWEST_PRIORITY + ", got '" + priority.asText("") + "'");
        }
        return priority.asInt();
    }

    private static StrategyText text(String key, Language language, JsonNode node, List<String> problems) {
        String prefix = key + ": " + language.name().toLowerCase(Locale.ROOT);
        if (!node.isObject()) {
            problems.add(prefix + " is missing");
            return null;
        }
        unknownFields(prefix, node, TEXT_FIELDS, problems);
        List<String> actions = new ArrayList<>();
        node.path("actions").forEach(action -> actions.add(action.asText("")));
        if (actions.isEmpty() || actions.stream().anyMatch(String::isBlank)) {
            problems.add(prefix + ".actions must be a list of one or more non-empty lines");
        }
        return new StrategyText(textField(prefix, node, "name", problems),
                textField(prefix, node, "description", problems),
                textField(prefix, node, "objective", problems), actions);
    }

    private static String textField(String prefix, JsonNode node, String field, List<String> problems) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            problems.add(prefix + "." + field + " is empty");
        }
        return value;
    }

    private static void unknownFields(String prefix, JsonNode node, Set<String> known, List<String> problems) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(prefix + ": unknown field '" + field + "'; expected " + known);
            }
        });
    }
}
