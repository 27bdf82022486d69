package com.clientele.segment;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent computation of the documented RFM rule straight from the raw Online Retail CSV, in plain Java: no
 * graph, no product code. Cleaning: CustomerID present, Quantity > 0, not a C invoice. R = days from the last invoice
 * date to the analysis date (the day after the newest invoice), F = invoices, M = Σ quantity × price. Scores: 1 + the
 * number of nearest-rank quintile cut points (0.2, 0.4, 0.6, 0.8) strictly below the value, recency reversed.
 */
final class OnlineRetailRfmReference {

    record Scores(int r, int f, int m, String segment) {
    }

    private final Map<String, LocalDate> lastDate = new HashMap<>();
    private final Map<String, Set<String>> invoices = new HashMap<>();
    private final Map<String, BigDecimal> monetary = new HashMap<>();
    private LocalDate newest = LocalDate.MIN;

    static Map<String, Scores> compute(Path csv) throws IOException {
        OnlineRetailRfmReference reference = new OnlineRetailRfmReference();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                reference.add(row);
            }
        }
        return reference.scores();
    }

    private void add(CSVRecord row) {
        String customer = row.get("CustomerID").replaceAll("\\.0$", "");
        String invoice = row.get("InvoiceNo");
        int quantity = Integer.parseInt(row.get("Quantity"));
        LocalDate day = LocalDate.parse(row.get("InvoiceDate").substring(0, 10));
        newest = day.isAfter(newest) ? day : newest;
        if (customer.isEmpty() || quantity <= 0 || invoice.startsWith("C")) {
            return;
        }
        lastDate.merge(customer, day, (left, right) -> left.isAfter(right) ? left : right);
        invoices.computeIfAbsent(customer, key -> new HashSet<>()).add(invoice);
        monetary.merge(customer, new BigDecimal(row.get("UnitPrice")).multiply(BigDecimal.valueOf(quantity)),
                BigDecimal::add);
    }

    private Map<String, Scores> scores() {
        LocalDate analysis = newest.plusDays(1);
        Map<String, Double> r = new HashMap<>();
        Map<String, Double> f = new HashMap<>();
        Map<String, Double> m = new HashMap<>();
        lastDate.forEach((code, date) -> r.put(code, (double) ChronoUnit.DAYS.between(date, analysis)));
        invoices.forEach((c, set) -> f.put(c, (double) set.size()));
        monetary.forEach((c, amount) -> m.put(c, amount.doubleValue()));
        double[] rCuts = cuts(r);
        double[] fCuts = cuts(f);
        double[] mCuts = cuts(m);
        Map<String, Scores> result = new HashMap<>();
        for (String c : lastDate.keySet()) {
            int rs = 6 - score(r.get(c), rCuts);
            int fs = score(f.get(c), fCuts);
            int ms = score(m.get(c), mCuts);
            result.put(c, new Scores(rs, fs, ms, segment(rs, (fs + ms + 1) / 2)));
        }
        return result;
    }

    private static double[] cuts(Map<String, Double> values) {
        double[] sorted = values.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Arrays.stream(new double[] {0.2, 0.4, 0.6, 0.8})
                .map(number -> sorted[(int) Math.ceil(number * sorted.length) - 1]).toArray();
    }

    private static int score(double value, double[] cuts) {
        return 1 + (int) Arrays.stream(cuts).filter(cut -> value > cut).count();
    }

    /** The grid of docs/segmentation.md, written out again here rather than calling the product's table. */
    private static String segment(int r, int fm) {
        List<List<String>> grid = List.of(
                List.of("LOST", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE_THEM"),
                List.of("HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANT_LOSE_THEM"),
                List.of("ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP", "NEED_ATTENTION", "LOYAL", "LOYAL"),
                List.of("PROMISING", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "LOYAL", "LOYAL"),
                List.of("NEW", "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST", "CHAMPIONS", "CHAMPIONS"));
        return grid.get(r - 1).get(fm - 1);
    }
}
