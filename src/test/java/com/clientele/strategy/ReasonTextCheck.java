package com.clientele.strategy;

import com.clientele.vocabulary.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence a customer-facing field returned is written in one language and names things by their display
 * names: in Chinese it has Chinese characters and, once the products' Chinese names (which may hold a model number
 * or a brand in Latin letters) are taken out, no Latin letter; in English it has no Chinese character once the
 * products' English names are taken out. In neither may a raw id appear: a category id ({@code electronics.laptops}),
 * a product or customer id, a class code ({@code GROWING}) or a place id ({@code CN-GD}).
 */
final class ReasonTextCheck {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern RAW_ID = Pattern.compile(
            "[a-z]+\\.[a-z]+|\\bP\\d{3,}\\b|\\bC\\d{5,}\\b|\\b[A-Z]{2,}(_[A-Z]+)*\\b|\\b[A-Z]{2}-[A-Z0-9]{1,3}\\b");

    private final List<String> namesEn;
    private final List<String> namesZh;

    /** {@code namesEn} and {@code namesZh}: the display names of the products, in each language. */
    ReasonTextCheck(Set<String> namesEn, Set<String> namesZh) {
        this.namesEn = longestFirst(namesEn);
        this.namesZh = longestFirst(namesZh);
    }

    /** What is wrong with {@code text} as a sentence in {@code language}; empty when nothing is. */
    Optional<String> problem(String text, Language language) {
        if (text == null || text.isBlank()) {
            return Optional.of("empty");
        }
        String words = withoutProductNames(text, language == Language.ZH ? namesZh : namesEn);
        if (RAW_ID.matcher(words).find()) {
            return Optional.of("names a raw id: " + text);
        }
        if (language == Language.ZH && !HAN.matcher(text).find()) {
            return Optional.of("has no Chinese: " + text);
        }
        if (language == Language.ZH && LATIN.matcher(words).find()) {
            return Optional.of("has Latin words besides product names: " + text);
        }
        if (language == Language.EN && HAN.matcher(words).find()) {
            return Optional.of("has Chinese besides product names: " + text);
        }
        return Optional.empty();
    }

    private static String withoutProductNames(String text, List<String> names) {
        String rest = text;
        for (String name : names) {
            rest = rest.replace(name, " ");
        }
        return rest;
    }

    private static List<String> longestFirst(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
