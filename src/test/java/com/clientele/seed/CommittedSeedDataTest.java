package com.clientele.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed seed-data/ can never drift from the generator: it is exactly what the defaults make. */
class CommittedSeedDataTest {

    @Test
    void committedSeedDataIsExactlyWhatTheDefaultSettingsGenerate(@TempDir Path out) throws Exception {
        assertTrue(Files.isDirectory(SeedData.COMMITTED), "seed-data/ must be committed beside pom.xml");

        new SeedGenerator(GeneratorSettings.defaults()).generate(out);

        assertEquals(List.of(), Folders.differences(SeedData.COMMITTED, out),
                "regenerate with: generate --out seed-data (default options)");
    }
}
