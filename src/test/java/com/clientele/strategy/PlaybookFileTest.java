package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlaybookFileTest {

    private static final Path PLAYBOOK = Path.of("src/main/resources/strategy/playbook.yaml");

    @Test
    void theVocabularyInCodeIsTheOneOfDocsClassesMd() throws IOException {
        assertEquals(classesListedIn(Files.readString(Path.of("docs/classes.md"))), SegmentDimension.allKeys());
    }

    @Test
    void theDefaultPlaybookHasAValidEntryForEveryClassInBothLanguages() {
        List<Strategy> entries = PlaybookFile.fromClasspath().entries();
        assertEquals(SegmentDimension.allKeys(), entries.stream().map(Strategy::key).toList());
        for (Strategy entry : entries) {
            for (Language language : Language.values()) {
                StrategyText text = entry.text(language);
                assertFalse(text.name().isBlank() || text.objective().isBlank() || text.actions().isEmpty(),
                        entry.key());
            }
            assertTrue(entry.text(Language.ZH).name().codePoints().anyMatch(codePoint -> codePoint >= 0x4E00 && codePoint <= 0x9FFF),
                    entry.key() + " has no Chinese name");
        }
    }

    @Test
    void aMissingEntryAnEmptyTextAndABadPriorityAreAllNamedInOneMessage() throws IOException {
        String yaml = Files.readString(PLAYBOOK)
                .replace("  HIGH:\n    offerType: VIP_BENEFITS", "  PLATINUM:\n    offerType: VIP_BENEFITS")
                .replace("objective: 把他们在别处的消费逐步争取到本店。", "objective: \"\"")
                .replace("    priority: 4\n    en:\n      name: Low value", "    priority: 9\n    en:\n      name: Low value");
        PlaybookException broken = assertThrows(PlaybookException.class, () -> PlaybookFile.parse(yaml, "edited.yaml"));
        String message = broken.getMessage();
        assertTrue(message.startsWith("edited.yaml is not a valid strategy playbook:"), message);
        assertTrue(message.contains("VALUE_TIER/PLATINUM: not a class of VALUE_TIER"), message);
        assertTrue(message.contains("VALUE_TIER/HIGH: missing"), message);
        assertTrue(message.contains("VALUE_TIER/MID: zh.objective is empty"), message);
        assertTrue(message.contains("VALUE_TIER/LOW: priority must be a whole number from 1 to 5, got '9'"), message);
    }

    @Test
    void aMisspeltFieldOrEnumValueIsNamed() throws IOException {
        String yaml = Files.readString(PLAYBOOK).replaceFirst("channel: PERSONAL_CALL", "channel: CARRIER_PIGEON")
                .replaceFirst("      objective: Keep them for years", "      objectve: Keep them for years");
        String message = assertThrows(PlaybookException.class, () -> PlaybookFile.parse(yaml, "x")).getMessage();
        assertTrue(message.contains("VALUE_TIER/HIGH: channel 'CARRIER_PIGEON' is not one of"), message);
        assertTrue(message.contains("VALUE_TIER/HIGH: en: unknown field 'objectve'"), message);
        assertTrue(message.contains("VALUE_TIER/HIGH: en.objective is empty"), message);
    }

    @Test
    void textThatIsNotYamlIsRefusedWithItsLine() {
        String message = assertThrows(PlaybookException.class,
                () -> PlaybookFile.parse("VALUE_TIER:\n  HIGH: [unclosed\n", "x")).getMessage();
        assertTrue(message.contains("not valid YAML at line"), message);
    }

    private static List<String> classesListedIn(String classesMd) {
        List<String> keys = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| ([A-Z_]+) \\([^)]*\\) \\| (.+) \\|$").matcher(classesMd);
        while (row.find()) {
            String dimension = row.group(1);
            Arrays.stream(row.group(2).split(",")).map(code -> code.trim().split(" ")[0])
                    .forEach(code -> keys.add(dimension + "/" + code));
        }
        Matcher later = Pattern.compile("([A-Z_]+)\\s+\\((?:from|Kumar)[^:]*: ([A-Z_, ]+)\\)").matcher(classesMd);
        while (later.find()) {
            String dimension = later.group(1);
            Arrays.stream(later.group(2).split(",")).forEach(code -> keys.add(dimension + "/" + code.trim()));
        }
        return keys;
    }
}
