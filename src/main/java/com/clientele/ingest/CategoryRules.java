package com.clientele.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Derives a category for an Online Retail product from its description, by the keyword rules in
 * {@code ingest/online-retail-categories.csv} (priority, keyword, category id, name, name_zh). The rule with the
 * lowest priority whose keyword appears as whole words (a plural "S"/"ES" allowed) wins; no match means Other.
 */
final class CategoryRules {

    static final String RESOURCE = "ingest/online-retail-categories.csv";

    private record Rule(int priority, List<String> words, OnlineRetailCategory category) {
    }

    private final List<Rule> rules;

    private CategoryRules(List<Rule> rules) {
        this.rules = rules;
    }

    static CategoryRules load() {
        try (InputStream stream = CategoryRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            List<Rule> rules = new ArrayList<>();
            for (CSVRecord record : CSVParser.parse(new InputStreamReader(stream, StandardCharsets.UTF_8), format)) {
                rules.add(new Rule(Integer.parseInt(record.get("priority").trim()), words(record.get("keyword")),
                        new OnlineRetailCategory(record.get("category_id"), record.get("name"),
                                record.get("name_zh"))));
            }
            rules.sort(Comparator.comparingInt(Rule::priority));
            return new CategoryRules(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Every category a product can get, Other and non-merchandise included. */
    Set<OnlineRetailCategory> categories() {
        Set<OnlineRetailCategory> all = new LinkedHashSet<>();
        rules.forEach(rule -> all.add(rule.category()));
        all.add(OnlineRetailCategory.OTHER);
        all.add(OnlineRetailCategory.NON_MERCHANDISE);
        return all;
    }

    /** The category of a merchandise product with this description (null or empty: Other). */
    OnlineRetailCategory classify(String description) {
        if (description == null) {
            return OnlineRetailCategory.OTHER;
        }
        List<String> words = words(description);
        return rules.stream().filter(rule -> containsPhrase(words, rule.words())).findFirst()
                .map(Rule::category).orElse(OnlineRetailCategory.OTHER);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")).filter(word -> !word.isEmpty()).toList();
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (matchesAt(words, phrase, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> words, List<String> phrase, int start) {
        for (int i = 0; i < phrase.size(); i++) {
            String word = words.get(start + i);
            String keyword = phrase.get(i);
            if (!word.equals(keyword) && !word.equals(keyword + "S") && !word.equals(keyword + "ES")) {
                return false;
            }
        }
        return true;
    }
}
