package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportTimeoutTest {

    @Test
    void theImportTimeoutIsTenMinutesUnlessConfiguredAndApartFromTheQueryTimeout() {
        AppConfig defaults = AppConfig.fromEnvironment(Map.of("QUERY_TIMEOUT_SECONDS", "5"));
        assertEquals(Duration.ofMinutes(10), defaults.importTimeout());
        assertEquals(Duration.ofSeconds(5), defaults.queryTimeout());
    }

    @Test
    void importTimeoutSecondsSetsTheImportTimeout() {
        assertEquals(Duration.ofSeconds(900),
                AppConfig.fromEnvironment(Map.of("IMPORT_TIMEOUT_SECONDS", "900")).importTimeout());
    }

    @Test
    void anImportTimeoutOfZeroIsRefusedWithTheVariableName() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> AppConfig.fromEnvironment(Map.of("IMPORT_TIMEOUT_SECONDS", "0")));
        assertTrue(failure.getMessage().contains("IMPORT_TIMEOUT_SECONDS"), failure.getMessage());
    }
}
