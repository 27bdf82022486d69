package com.clientele.vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages strategy texts are written in. Chinese is simplified merchant Chinese; every Chinese tag
 * (zh, zh-CN, zh-Hans, zh-TW, zh-HK...) reads it. English is the default for everything else.
 */
public enum Language {
    EN,
    ZH;

    /**
     * The language to answer an HTTP {@code Accept-Language} header with: of the languages we have, the one the
     * client weights highest (q-values respected, q=0 means "not this one", ties go to the one listed first);
     * English when the header is absent, malformed or names neither.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> range.getRange().equals("*") ? Optional.of(EN) : ofTag(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(EN);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }

    /**
     * The language an explicit argument names: {@code EN}, {@code ZH} or a language tag such as {@code zh-CN};
     * null means "not given". Anything else is refused with a message that lists what is accepted.
     */
    public static Optional<Language> fromArgument(String argument) {
        if (argument == null) {
            return Optional.empty();
        }
        Optional<Language> language = ofTag(argument.trim());
        if (language.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown language '" + argument + "': use EN or ZH (or a tag such as en-GB, zh-CN, zh-TW)");
        }
        return language;
    }

    private static Optional<Language> ofTag(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.equals("zh") || lower.startsWith("zh-")) {
            return Optional.of(ZH);
        }
        if (lower.equals("en") || lower.startsWith("en-")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }
}
