package com.clientele.bench;

import com.clientele.seed.GeneratorSettings;
import com.clientele.seed.SeedGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Data folders for import benchmarks: generated data written once per size and reused, and a copy of a folder whose
 * customers and orders have new ids (the same catalogue), to import new keys into a populated store.
 */
final class BenchDataFolders {

    private static final List<String> KEYED_FILES = List.of("customers.csv", "orders.csv", "order_lines.csv",
            "referrals.csv");
    private static final List<String> SHARED_FILES = List.of("categories.csv", "products.csv");
    /** A customer id (C…) or order id (O…) at the start of a cell. */
    private static final Pattern KEY = Pattern.compile("(^|,)([CO])(\\d)");

    private BenchDataFolders() {
    }

    /** The folder of {@code customers} generated customers' data, generated on first use. */
    static Path generated(int customers) {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "clientele-bench-data-" + customers);
        if (Files.exists(folder.resolve("referrals.csv"))) {
            return folder;
        }
        try {
            long started = System.nanoTime();
            new SeedGenerator(GeneratorSettings.defaults().withCustomers(customers)).generate(folder);
            System.out.printf("generated %d customers in %d ms%n", customers, BenchStore.millisSince(started));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code folder} beside it with every customer and order id given the prefix N (made once). */
    static Path withNewKeys(Path folder) {
        Path copy = folder.toAbsolutePath().resolveSibling(folder.getFileName() + "-newkeys");
        try {
            if (Files.exists(copy.resolve("referrals.csv"))) {
                return copy;
            }
            Files.createDirectories(copy);
            for (String file : SHARED_FILES) {
                Files.copy(folder.resolve(file), copy.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            for (String file : KEYED_FILES) {
                rewriteKeys(folder.resolve(file), copy.resolve(file));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewriteKeys(Path from, Path to) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.newLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(KEY.matcher(line).replaceAll("$1$2N$3"));
                out.newLine();
            }
        }
    }

    /** Data rows of order_lines.csv. */
    static long lines(Path folder) {
        try (var rows = Files.lines(folder.resolve("order_lines.csv"))) {
            return rows.count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
