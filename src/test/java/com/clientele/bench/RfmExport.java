package com.clientele.bench;

import com.clientele.neo4j.Graph;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import org.neo4j.driver.Record;

/**
 * Writes the customers and orders of a store as CSV (customers.csv: id; orders.csv: customer_id,
 * ordered_at_epoch_seconds, total) exactly as the segment refresh reads them, so another database scores the same
 * numbers. Doubles are written in Java's shortest round-trip form.
 */
final class RfmExport {

    private final Graph graph;

    RfmExport(Graph graph) {
        this.graph = graph;
    }

    /** Writes both files into {@code folder} and returns how many orders were written. */
    long write(Path folder) {
        long customers = stream("test-support/bench-export-customers", folder.resolve("customers.csv"), "id",
                (out, row) -> line(out, row.get("id").asString()));
        System.out.printf("exported %d customers%n", customers);
        return stream("test-support/bench-export-orders", folder.resolve("orders.csv"),
                "customer_id,ordered_at_epoch_seconds,total", (out, row) -> line(out, row.get("customerId").asString()
                        + "," + row.get("orderedAtEpochSeconds").asLong() + "," + row.get("total").asDouble()));
    }

    private long stream(String statement, Path file, String header, BiConsumer<BufferedWriter, Record> writeRow) {
        long[] rows = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            line(out, header);
            graph.readInto(statement, Map.of(), () -> restart(out, rows), (writer, row) -> {
                writeRow.accept(writer, row);
                rows[0]++;
            });
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The writer for a (re)tried read: a retry after a partial read would duplicate rows, so it is refused. */
    private static BufferedWriter restart(BufferedWriter out, long[] rows) {
        if (rows[0] > 0) {
            throw new IllegalStateException("export read retried after " + rows[0] + " rows; run it again");
        }
        return out;
    }

    private static void line(BufferedWriter out, String text) {
        try {
            out.write(text);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
