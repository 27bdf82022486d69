package com.clientele.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.clientele.app.AppConfig;
import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Neo4jConnection;
import com.clientele.neo4j.SchemaMigrations;
import com.clientele.vocabulary.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyEditSurvivesRestartTest {

    private static StrategyRepository startedOn(Neo4jConnection connection) {
        Graph graph = new Graph(connection.driver(), CypherCatalog.fromClasspath(), "neo4j", Duration.ofSeconds(30));
        SchemaMigrations.apply(graph);
        StrategyRepository strategies = new StrategyRepository(graph, PlaybookFile.fromClasspath(), Clock.systemUTC());
        strategies.seedDefaults();
        return strategies;
    }

    @Test
    void anEditedStrategyIsStillThereInBothLanguagesAfterTheEmbeddedServerRestarts(@TempDir Path dataDir) {
        AppConfig config = AppConfig.defaults(0, dataDir);
        StrategyEdit edit = new StrategyEdit("LIFECYCLE", "DECLINING", Map.of(
                Language.EN, new TextEdit("Slipping away", null, null, null),
                Language.ZH, new TextEdit("正在流失", null, null, null)), null, null, null, 1, "test");
        try (Neo4jConnection first = Neo4jConnection.open(config.neo4j())) {
            assertEquals(List.of(), startedOn(first).update(edit).userErrors());
        }
        try (Neo4jConnection second = Neo4jConnection.open(config.neo4j())) {
            Strategy after = startedOn(second).byKeys(List.of("LIFECYCLE/DECLINING")).get("LIFECYCLE/DECLINING");
            assertEquals("Slipping away", after.text(Language.EN).name());
            assertEquals("正在流失", after.text(Language.ZH).name());
            assertEquals(1, after.priority());
            assertFalse(after.isDefault());
        }
    }
}
