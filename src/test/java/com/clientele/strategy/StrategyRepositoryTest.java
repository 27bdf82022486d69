package com.clientele.strategy;

import com.clientele.graphql.UserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.TestNeo4j;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

class StrategyRepositoryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final PlaybookFile PLAYBOOK = PlaybookFile.fromClasspath();

    private Graph graph;
    private StrategyRepository strategies;

    @BeforeEach
    void emptyGraph() {
        graph = TestNeo4j.get().empty();
        strategies = new StrategyRepository(graph, PLAYBOOK, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Strategy stored(String key) {
        return strategies.byKeys(List.of(key)).get(key);
    }

    private static StrategyEdit renameHighValue(String en, String zh, Integer priority) {
        return new StrategyEdit("VALUE_TIER", "HIGH", Map.of(
                Language.EN, new TextEdit(en, null, null, null),
                Language.ZH, new TextEdit(zh, null, "长期留住最有价值的客户。", null)),
                null, null, null, priority, "amy@shop");
    }

    @Test
    void seedingStoresEveryClassOnceAsItsDefault() {
        assertEquals(SegmentDimension.allKeys().size(), strategies.seedDefaults());
        List<Strategy> all = strategies.all();
        assertEquals(SegmentDimension.allKeys(), all.stream().map(Strategy::key).toList());
        assertTrue(all.stream().allMatch(Strategy::isDefault));
        assertEquals(PLAYBOOK.defaultFor(SegmentDimension.LIFECYCLE, "NEW").texts(), stored("LIFECYCLE/NEW").texts());
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), stored("LIFECYCLE/NEW").updatedAt());
        assertEquals(List.of("PROSPECT", "NEW", "ONE_TIME", "GROWING", "MATURE", "DECLINING", "CHURNED"),
                strategies.ofDimension(SegmentDimension.LIFECYCLE).stream().map(Strategy::className).toList());
    }

    @Test
    void seedingAgainStoresNothingAndKeepsTheMerchantsEdit() {
        strategies.seedDefaults();
        strategies.update(renameHighValue("VIP", "贵宾客户", null));
        assertEquals(0, strategies.seedDefaults());
        assertEquals(SegmentDimension.allKeys().size(), strategies.all().size());
        assertEquals("贵宾客户", stored("VALUE_TIER/HIGH").text(Language.ZH).name());
        assertFalse(stored("VALUE_TIER/HIGH").isDefault());
    }

    @Test
    void anEditChangesWhatIsReadInBothLanguagesAndLeavesTheRestAsItWas() {
        strategies.seedDefaults();
        Strategy before = stored("VALUE_TIER/HIGH");
        StrategyEditPayload result = strategies.update(renameHighValue("VIP", "贵宾客户", 2));
        assertEquals(List.of(), result.userErrors());
        Strategy after = stored("VALUE_TIER/HIGH");
        assertEquals(result.strategy(), after);
        assertEquals("VIP", after.text(Language.EN).name());
        assertEquals("贵宾客户", after.text(Language.ZH).name());
        assertEquals("长期留住最有价值的客户。", after.text(Language.ZH).objective());
        assertEquals(before.text(Language.EN).objective(), after.text(Language.EN).objective());
        assertEquals(before.text(Language.ZH).actions(), after.text(Language.ZH).actions());
        assertEquals(2, after.priority());
        assertEquals(before.offerType(), after.offerType());
        assertEquals("amy@shop", after.updatedBy());
    }

    @Test
    void invalidEditsReturnEveryProblemAndChangeNothing() {
        strategies.seedDefaults();
        List<Strategy> before = strategies.all();
        StrategyEditPayload blank = strategies.update(new StrategyEdit("VALUE_TIER", "HIGH",
                Map.of(Language.ZH, new TextEdit(" ", null, null, List.of("ok", ""))),
                "FREE_LUNCH", null, null, 9, null));
        assertNull(blank.strategy());
        assertEquals(List.of(List.of("input", "zh", "name"), List.of("input", "zh", "actions"),
                List.of("input", "offerType"), List.of("input", "priority")),
                blank.userErrors().stream().map(UserError::field).toList());
        assertEquals(List.of(StrategyErrorCode.BLANK, StrategyErrorCode.BLANK, StrategyErrorCode.INVALID_VALUE,
                StrategyErrorCode.OUT_OF_RANGE), blank.userErrors().stream().map(UserError::code).toList());
        assertEquals("priority must be from 1 (act first) to 5, got 9", blank.userErrors().get(3).message());
        StrategyEditPayload unknown = strategies.update(new StrategyEdit("VALUE_TIER", "PLATINUM", null, null, null,
                null, 1, null));
        assertEquals(StrategyErrorCode.UNKNOWN_CLASS, unknown.userErrors().get(0).code());
        assertEquals(StrategyErrorCode.UNKNOWN_DIMENSION, strategies.update(new StrategyEdit("MOOD", "HAPPY", null,
                null, null, null, 1, null)).userErrors().get(0).code());
        assertEquals(before, strategies.all());
    }

    @Test
    void resetPutsTheDefaultBack() {
        strategies.seedDefaults();
        strategies.update(renameHighValue("VIP", "贵宾客户", 3));
        StrategyEditPayload reset = strategies.resetToDefault("VALUE_TIER", "HIGH");
        Strategy defaults = PLAYBOOK.defaultFor(SegmentDimension.VALUE_TIER, "HIGH");
        assertEquals(defaults.texts(), stored("VALUE_TIER/HIGH").texts());
        assertEquals(defaults.priority(), stored("VALUE_TIER/HIGH").priority());
        assertTrue(reset.strategy().isDefault());
        assertNull(stored("VALUE_TIER/HIGH").updatedBy());
        assertEquals(List.of("className"),
                strategies.resetToDefault("VALUE_TIER", "GOLD").userErrors().get(0).field());
    }

    @Test
    void anEditOfAClassNotSeededYetStartsFromItsDefault() {
        strategies.update(renameHighValue("VIP", "贵宾客户", null));
        Strategy edited = stored("VALUE_TIER/HIGH");
        assertEquals(PLAYBOOK.defaultFor(SegmentDimension.VALUE_TIER, "HIGH").text(Language.EN).actions(),
                edited.text(Language.EN).actions());
        assertEquals(SegmentDimension.allKeys().size() - 1, strategies.seedDefaults());
    }

    @Test
    void theGraphRefusesASecondStrategyWithTheSameKey() {
        strategies.seedDefaults();
        assertThrows(ClientException.class, () -> graph.driver().executableQuery(
                "CREATE (:Strategy {key: 'VALUE_TIER/HIGH'})").execute());
    }
}
