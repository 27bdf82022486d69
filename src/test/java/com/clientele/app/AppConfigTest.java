package com.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void anEmptyEnvironmentMeansEmbeddedNeo4jInDataOnPort8080() {
        AppConfig config = AppConfig.fromEnvironment(Map.of());
        assertTrue(config.embedded());
        assertEquals(8080, config.port());
        assertEquals(Path.of("data"), config.dataDir());
        assertEquals("127.0.0.1", config.host());
    }

    @Test
    void neo4jUriSwitchesToTheExternalServer() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("NEO4J_URI", "neo4j+s://x.databases.neo4j.io",
                "NEO4J_USER", "neo4j", "NEO4J_PASSWORD", "secret", "NEO4J_DATABASE", "shop"));
        assertEquals("neo4j+s://x.databases.neo4j.io", config.neo4jUri().orElseThrow());
        assertEquals("shop", config.neo4jDatabase());
    }

    @Test
    void aPortThatIsNotANumberIsRefusedWithTheVariableName() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> AppConfig.fromEnvironment(Map.of("PORT", "eighty")));
        assertTrue(failure.getMessage().contains("PORT"));
    }
}
