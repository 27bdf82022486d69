package com.clientele.strategy;

import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What marketing does about one class of one dimension, in both languages. {@code updatedAt} is when the stored
 * entry was last written (null for an entry read from the playbook file), {@code updatedBy} who edited it (null
 * for the defaults), and {@code isDefault} is false once a merchant has edited it.
 */
public record Strategy(
        SegmentDimension dimension,
        String className,
        Map<Language, StrategyText> texts,
        OfferType offerType,
        ContactChannel channel,
        ContactFrequency contactFrequency,
        int priority,
        OffsetDateTime updatedAt,
        String updatedBy,
        boolean isDefault) {

    /** 1 is acted on first. */
    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 5;

    public Strategy {
        texts = Map.copyOf(texts);
        if (!texts.keySet().containsAll(java.util.EnumSet.allOf(Language.class))) {
            throw new IllegalArgumentException(dimension.key(className) + " needs a text in every language");
        }
    }

    public static boolean isValidPriority(int priority) {
        return priority >= HIGHEST_PRIORITY && priority <= LOWEST_PRIORITY;
    }

    /** {@code DIMENSION/CLASS}, the stored entry's unique key. */
    public String key() {
        return dimension.key(className);
    }

    public StrategyText text(Language language) {
        return texts.get(language);
    }

    /** This strategy as a merchant's edit stamped with when and by whom. */
    public Strategy editedAt(OffsetDateTime at, String by) {
        return new Strategy(dimension, className, texts, offerType, channel, contactFrequency, priority, at, by,
                false);
    }

    /** This strategy as the restored default, stamped with when and by whom it was restored. */
    public Strategy restoredAt(OffsetDateTime at, String by) {
        return new Strategy(dimension, className, texts, offerType, channel, contactFrequency, priority, at, by,
                true);
    }
}
