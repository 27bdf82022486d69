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
        rows(dir.resolve("planted/customers.csv"), r -> planted.computeIfAbsent(r.get("customer_id"),
                k -> new ArrayList<>()).add(Behaviour.valueOf(r.get("behaviour"))));
        Map<String, List<String>> bundles = new TreeMap<>();
        rows(dir.resolve("planted/bundles.csv"), r -> bundles.computeIfAbsent(r.get("bundle_id"),
                k -> new ArrayList<>()).add(r.get("product_id")));
        return new SeedData(
                rows(dir.resolve("categories.csv"), r -> new Category(r.get("id"), r.get("parent_id"))),
                byId(rows(dir.resolve("products.csv"), r -> new Product(r.get("id"), r.get("category_id"),
                        Double.parseDouble(r.get("price")), LocalDate.parse(r.get("launch_date")),
                        Boolean.parseBoolean(r.get("merchandise")), Boolean.parseBoolean(r.get("active")))),
                        Product::id),
                byId(rows(dir.resolve("customers.csv"), r -> new Customer(r.get("id"),
                        LocalDate.parse(r.get("signup_date")), r.get("preferred_channel"))), Customer::id),
                rows(dir.resolve("orders.csv"), r -> new Order(r.get("id"), r.get("customer_id"),
                        Instant.parse(r.get("ordered_at")), r.get("channel"), Double.parseDouble(r.get("discount")))),
                rows(dir.resolve("order_lines.csv"), r -> new Line(r.get("order_id"), Integer.parseInt(r.get("line")),
                        r.get("product_id"), Integer.parseInt(r.get("quantity")),
                        Double.parseDouble(r.get("unit_price")))),
                rows(dir.resolve("referrals.csv"), r -> new Referral(r.get("referrer_id"), r.get("referred_id"),
                        LocalDate.parse(r.get("referred_at")))),
                planted, bundles,
                rows(dir.resolve("planted/super_referrers.csv"), r -> new SuperReferrer(r.get("customer_id"),
                        Integer.parseInt(r.get("cascade_depth")), Integer.parseInt(r.get("cascade_size")))));
    }

    /** The customers given a behaviour, in id order. */
    List<String> plantedWith(Behaviour behaviour) {
        return planted.entrySet().stream().filter(e -> e.getValue().contains(behaviour)).map(Map.Entry::getKey)
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
