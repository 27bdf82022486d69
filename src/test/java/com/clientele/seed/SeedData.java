package com.clientele.seed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A seed-data folder read back from its CSV files, the planted ground truth included (test support). */
record SeedData(List<Category> categories, Map<String, Product> products, Map<String, Customer> customers,
        List<Order> orders, List<Line> lines, List<Referral> referrals, Map<String, List<Behaviour>> planted,
        Map<String, List<String>> bundles, List<SuperReferrer> superReferrers) {

    record Category(String id, String parentId) {
    }

    record Product(String id, String categoryId, double price, LocalDate launch, boolean merchandise,
            boolean active) {
    }

    record Customer(String id, LocalDate signup, String preferredChannel) {
    }

    record Order(String id, String customerId, Instant at, String channel, double discount) {
        LocalDate date() {
            return LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
        }
    }

    record Line(String orderId, int line, String productId, int quantity, double unitPrice) {
    }

    record Referral(String referrerId, String referredId, LocalDate at) {
    }

    record SuperReferrer(String customerId, int depth, int size) {
    }

    static final Path COMMITTED = Path.of("seed-data");
    private static SeedData committed;

    static synchronized SeedData committed() {
        if (committed == null) {
            committed = load(COMMITTED);
        }
        return committed;
    }

    static SeedData load(Path dir) {
        Map<String, List<Behaviour>> planted = new TreeMap<>();
        rows(dir.resolve("planted/customers.csv"), row -> planted.computeIfAbsent(row.get("customer_id"),
                key -> new ArrayList<>()).add(Behaviour.valueOf(row.get("behaviour"))));
        Map<String, List<String>> bundles = new TreeMap<>();
        rows(dir.resolve("planted/bundles.csv"), row -> bundles.computeIfAbsent(row.get("bundle_id"),
                key -> new ArrayList<>()).add(row.get("product_id")));
        return new SeedData(
                rows(dir.resolve("categories.csv"), row -> new Category(row.get("id"), row.get("parent_id"))),
                byId(rows(dir.resolve("products.csv"), row -> new Product(row.get("id"), row.get("category_id"),
                        Double.parseDouble(row.get("price")), LocalDate.parse(row.get("launch_date")),
                        Boolean.parseBoolean(row.get("merchandise")), Boolean.parseBoolean(row.get("active")))),
                        Product::id),
                byId(rows(dir.resolve("customers.csv"), row -> new Customer(row.get("id"),
                        LocalDate.parse(row.get("signup_date")), row.get("preferred_channel"))), Customer::id),
                rows(dir.resolve("orders.csv"), row -> new Order(row.get("id"), row.get("customer_id"),
                        Instant.parse(row.get("ordered_at")), row.get("channel"), Double.parseDouble(row.get("discount")))),
                rows(dir.resolve("order_lines.csv"), row -> new Line(row.get("order_id"), Integer.parseInt(row.get("line")),
                        row.get("product_id"), Integer.parseInt(row.get("quantity")),
                        Double.parseDouble(row.get("unit_price")))),
                rows(dir.resolve("referrals.csv"), row -> new Referral(row.get("referrer_id"), row.get("referred_id"),
                        LocalDate.parse(row.get("referred_at")))),
                planted, bundles,
                rows(dir.resolve("planted/super_referrers.csv"), row -> new SuperReferrer(row.get("customer_id"),
                        Integer.parseInt(row.get("cascade_depth")), Integer.parseInt(row.get("cascade_size")))));
    }

    /** The customers given a behaviour, in id order. */
    List<String> plantedWith(Behaviour behaviour) {
        return planted.entrySet().stream().filter(entry -> entry.getValue().contains(behaviour)).map(Map.Entry::getKey)
                .toList();
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(id.apply(row), row));
        return map;
    }

    private static <T> List<T> rows(Path file, Function<CSVRecord, T> mapper) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<T> rows = new ArrayList<>();
            format.parse(reader).forEach(record -> rows.add(mapper.apply(record)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
