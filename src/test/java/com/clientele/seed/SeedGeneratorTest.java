package com.clientele.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.cli.GenerateCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SeedGeneratorTest {

    private static final GeneratorSettings SMALL = GeneratorSettings.defaults().withCustomers(300);

    @Test
    void theSameSeedAndSettingsWriteByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        new SeedGenerator(SMALL).generate(first);
        new SeedGenerator(SMALL).generate(second);

        assertEquals(List.of(), Folders.differences(first, second));
        assertTrue(Files.size(first.resolve("orders.csv")) > 10_000, "a small run still writes orders");
    }

    @Test
    void aDifferentSeedWritesDifferentOrders(@TempDir Path first, @TempDir Path second) throws Exception {
        new SeedGenerator(SMALL).generate(first);
        new SeedGenerator(SMALL.withSeed(SMALL.seed() + 1)).generate(second);

        assertFalse(Folders.differences(first, second).isEmpty());
        assertTrue(Files.mismatch(first.resolve("orders.csv"), second.resolve("orders.csv")) >= 0);
    }

    @Test
    void theRowCountsItReturnsMatchTheFilesItWrote(@TempDir Path out) throws Exception {
        Map<String, Long> rows = new SeedGenerator(SMALL).generate(out);

        for (Map.Entry<String, Long> entry : rows.entrySet()) {
            long lines = Files.readAllLines(out.resolve(entry.getKey())).size() - 1;
            assertEquals(entry.getValue(), lines, entry.getKey());
        }
        assertEquals(300L, rows.get("customers.csv"));
    }

    @Test
    void settingsRejectTooFewCustomersWithAClearMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GeneratorSettings.defaults().withCustomers(5));

        assertTrue(error.getMessage().contains("customers must be between"), error.getMessage());
    }

    @Test
    void theGenerateCommandReportsBadOptionsWithoutAStackTrace(@TempDir Path out) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new GenerateCommand()).setErr(new PrintWriter(err));

        int exitCode = command.execute("--out", out.toString(), "--customers", "5");

        assertEquals(2, exitCode);
        assertTrue(err.toString().startsWith("generate: customers must be between"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
