package com.clientele.bench;

import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Where an import batch of order lines spends its time: imports everything but the lines of generated data, then
 * profiles each statement of one batch of 5,000 new lines. {@code bench/run ImportProfile 10000}
 */
public final class ImportProfile {

    public static void main(String[] args) throws Exception {
        Path data = BenchDataFolders.generated(Integer.parseInt(args[0]));
        Path partial = Files.createTempDirectory("clientele-profile");
        for (String file : List.of("categories.csv", "products.csv", "customers.csv", "orders.csv")) {
            Files.copy(data.resolve(file), partial.resolve(file));
        }
        try (BenchStore store = new BenchStore()) {
            new ClienteleImporter(store.graph()).importFolder(CsvFolder.directory(partial), "profile");
            List<Map<String, Object>> all = lines(data.resolve("order_lines.csv"), 40000);
            for (int round = 0; round < 8; round++) {
                profileBatch(store, all.subList(round * 5000, round * 5000 + 5000));
            }
        }
    }

    private static void profileBatch(BenchStore store, List<Map<String, Object>> lines) {
        {
            LinkedHashSet<Object> orderIds = new LinkedHashSet<>();
            lines.forEach(line -> orderIds.add(line.get("orderId")));
            Map<String, Object> parameters = Map.of("lines", lines, "orderIds", new ArrayList<>(orderIds),
                    "ids", new ArrayList<>(orderIds));
            for (String name : List.of("ingest/known-orders", "ingest/order-amounts", "ingest/merge-order-lines",
                    "ingest/order-totals")) {
                profile(store, name, parameters);
            }
        }
    }

    private static void profile(BenchStore store, String name, Map<String, Object> parameters) {
        String statement = "PROFILE " + store.graph().cypher().get(name).replaceAll("(?m)^//.*$", "");
        try (Session session = store.driver().session()) {
            long started = System.nanoTime();
            ResultSummary summary = session.executeWrite(tx -> {
                var result = tx.run(statement, parameters);
                result.list();
                return result.consume();
            });
            System.out.printf("%s: %d ms, %d db hits%n", name, BenchStore.millisSince(started),
                    total(summary.profile()));
            print(summary.profile(), "  ");
        }
    }

    private static long total(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(ImportProfile::total).sum();
    }

    private static void print(ProfiledPlan plan, String indent) {
        System.out.printf("%s%s rows=%d dbHits=%d%n", indent, plan.operatorType(), plan.records(), plan.dbHits());
        plan.children().forEach(child -> print(child, indent + "  "));
    }

    private static List<Map<String, Object>> lines(Path file, int count) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            in.readLine();
            for (String text = in.readLine(); text != null && rows.size() < count; text = in.readLine()) {
                String[] cells = text.split(",");
                Map<String, Object> row = new HashMap<>();
                row.put("orderId", cells[0]);
                row.put("line", Long.parseLong(cells[1]));
                row.put("productId", cells[2]);
                row.put("quantity", Long.parseLong(cells[3]));
                row.put("unitPrice", Double.parseDouble(cells[4]));
                rows.add(row);
            }
        }
        return rows;
    }
}
