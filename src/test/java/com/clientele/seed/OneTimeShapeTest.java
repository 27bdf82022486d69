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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The generator's one-time shape (a marketplace-like merchant): the asked share of the buyers buy on one day only,
 * every other buyer on at least two, the planted behaviours shrink to fit, and the seed's own shape is untouched
 * (CommittedSeedDataTest).
 */
class OneTimeShapeTest {

    private static final GeneratorSettings ONE_TIME = GeneratorSettings.defaults().withOneTimeShare(0.95);

    @Test
    void theOneTimeShapeMakesTheAskedShareOfBuyersBuyOnOneDayOnly(@TempDir Path out) throws Exception {
        new SeedGenerator(ONE_TIME).generate(out);
        SeedData data = SeedData.load(out);
        Map<String, Long> purchaseDays = data.orders().stream().collect(Collectors.groupingBy(
                SeedData.Order::customerId, Collectors.mapping(SeedData.Order::date,
                        Collectors.collectingAndThen(Collectors.toSet(), days -> (long) days.size()))));
        long buyers = purchaseDays.size();
        long oneDay = purchaseDays.values().stream().filter(days -> days == 1).count();
        Set<String> plantedOnce = purchaseDays.entrySet().stream()
                .filter(entry -> entry.getValue() == 1 && data.planted().getOrDefault(entry.getKey(), List.of())
                        .stream().anyMatch(behaviour -> behaviour != Behaviour.SUPER_REFERRER))
                .map(Map.Entry::getKey).collect(Collectors.toSet());

        assertEquals(2_000, data.customers().size());
        assertEquals(Math.round(0.95 * (2_000 - ONE_TIME.plantedPerBehaviour())), oneDay - plantedOnce.size(),
                "one-time buyers without a planted order behaviour: 0.95 of the buyers (" + buyers + ")");
        assertTrue(oneDay >= 0.95 * buyers && oneDay <= 0.955 * buyers, oneDay + " of " + buyers);
        assertEquals(3, ONE_TIME.plantedPerBehaviour(), "(1 - 0.95) / 40 of 2,000 customers per behaviour");
    }

    @Test
    void theShapeIsReproducibleAndTheCommandTakesIt(@TempDir Path first, @TempDir Path second) throws Exception {
        GeneratorSettings small = ONE_TIME.withCustomers(300);
        new SeedGenerator(small).generate(first);
        CommandLine command = new CommandLine(new GenerateCommand()).setOut(new PrintWriter(new StringWriter()));

        int exitCode = command.execute("--out", second.toString(), "--customers", "300", "--one-time-share", "0.95");

        assertEquals(0, exitCode);
        assertEquals(List.of(), Folders.differences(first, second));
        assertTrue(Files.readString(first.resolve("planted/README.md")).contains("0.95 of the buyers buy on one day"));
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedWithAClearMessage() {
        for (double share : new double[] {0, 1, 1.5, -0.1}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> GeneratorSettings.defaults().withOneTimeShare(share));
            assertTrue(error.getMessage().contains("share must be above 0 and below 1"), error.getMessage());
        }
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new GenerateCommand()).setErr(new PrintWriter(err))
                .execute("--one-time-share", "1");
        assertEquals(2, exitCode);
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
