package com.clientele.strategy;

import com.clientele.vocabulary.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A merchant's change to the strategy of one class: only the fields given change. Values arrive as text, so
 * that any caller's mistake (unknown class, empty text, priority out of range) is reported by
 * {@link StrategyEditValidator} instead of failing somewhere deeper.
 */
public record StrategyEdit(
        String dimension,
        String className,
        Map<Language, TextEdit> texts,
        String offerType,
        String channel,
        String contactFrequency,
        Integer priority,
        String updatedBy) {

    public StrategyEdit {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    /** From the GraphQL {@code UpdateStrategyInput} (enum values arrive as their names). */
    @SuppressWarnings("unchecked")
    public static StrategyEdit fromInput(Map<String, Object> input) {
        Map<Language, TextEdit> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            TextEdit edit = TextEdit.fromInput((Map<String, Object>) input.get(fieldOf(language)));
            if (edit != null) {
                texts.put(language, edit);
            }
        }
        return new StrategyEdit((String) input.get("dimension"), (String) input.get("className"), texts,
                (String) input.get("offerType"), (String) input.get("channel"),
                (String) input.get("contactFrequency"), (Integer) input.get("priority"),
                (String) input.get("updatedBy"));
    }

    /** The input field that holds a language's texts: {@code en} or {@code zh}. */
    static String fieldOf(Language language) {
        return language.name().toLowerCase(Locale.ROOT);
    }

    /** The current strategy with this edit's fields in place; the edit must have been validated. */
    Strategy applyTo(Strategy current) {
        Map<Language, StrategyText> merged = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            TextEdit edit = texts.get(language);
            merged.put(language, edit == null ? current.text(language) : edit.applyTo(current.text(language)));
        }
        return new Strategy(current.dimension(), current.className(), merged,
                offerType == null ? current.offerType() : OfferType.valueOf(offerType),
                channel == null ? current.channel() : ContactChannel.valueOf(channel),
                contactFrequency == null ? current.contactFrequency() : ContactFrequency.valueOf(contactFrequency),
                priority == null ? current.priority() : priority,
                current.updatedAt(), current.updatedBy(), current.isDefault());
    }
}
