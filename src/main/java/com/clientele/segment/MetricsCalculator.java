package com.clientele.segment;

import com.clientele.segment.PurchaseFacts.CategoryFact;
import com.clientele.segment.PurchaseFacts.OrderFact;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/** Derives a customer's {@link CustomerMetrics} from its purchase facts, as of an analysis date. Pure Java. */
public final class MetricsCalculator {

    private final LocalDate asOf;
    private final int recentDays;
    private final int leafCategories;

    /** @param leafCategories how many leaf categories hold merchandise: the denominator of the breadth score */
    public MetricsCalculator(LocalDate asOf, int recentDays, int leafCategories) {
        this.asOf = asOf;
        this.recentDays = recentDays;
        this.leafCategories = leafCategories;
    }

    public CustomerMetrics calculate(PurchaseFacts facts) {
        List<OrderFact> orders = facts.orders();
        if (orders.isEmpty()) {
            return new CustomerMetrics(facts.customerId(), 0, 0, 0, null, null, null, null, null, null, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, null);
        }
        long today = asOf.toEpochDay();
        long first = orders.stream().mapToLong(OrderFact::epochDay).min().orElseThrow();
        long last = orders.stream().mapToLong(OrderFact::epochDay).max().orElseThrow();
        double monetary = orders.stream().mapToDouble(OrderFact::total).sum();
        long[] days = orders.stream().mapToLong(OrderFact::epochDay).distinct().sorted().toArray();
        Gaps gaps = Gaps.of(days);
        long recentStart = today - recentDays;
        long previousStart = today - 2L * recentDays;
        List<CategoryFact> categories = facts.categories().stream().filter(categoryFact -> categoryFact.lines() > 0).toList();
        long lines = categories.stream().mapToLong(CategoryFact::lines).sum();
        long newLines = categories.stream().mapToLong(CategoryFact::newProductLines).sum();
        return new CustomerMetrics(
                facts.customerId(),
                orders.size(),
                monetary,
                monetary / orders.size(),
                LocalDate.ofEpochDay(first),
                LocalDate.ofEpochDay(last),
                (int) (today - last),
                (int) (today - first),
                gaps.mean(),
                gaps.coefficientOfVariation(),
                (int) orders.stream().filter(orderFact -> orderFact.epochDay() >= recentStart).count(),
                (int) orders.stream().filter(orderFact -> orderFact.epochDay() >= previousStart && orderFact.epochDay() < recentStart).count(),
                orders.stream().filter(orderFact -> orderFact.epochDay() >= recentStart).mapToDouble(OrderFact::total).sum(),
                orders.stream().filter(orderFact -> orderFact.epochDay() >= previousStart && orderFact.epochDay() < recentStart)
                        .mapToDouble(OrderFact::total).sum(),
                categories.size(),
                leafCategories == 0 ? 0 : Math.min(1.0, (double) categories.size() / leafCategories),
                share(orders.stream().filter(OrderFact::online).count(), orders.size()),
                share(orders.stream().filter(OrderFact::discounted).count(), orders.size()),
                share(newLines, lines),
                categories.stream().max(Comparator.comparingDouble(CategoryFact::spend)
                        .thenComparing(CategoryFact::categoryId, Comparator.reverseOrder()))
                        .map(CategoryFact::categoryId).orElse(null));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Gaps in days between consecutive distinct purchase days. */
    private record Gaps(Double mean, Double coefficientOfVariation) {

        static Gaps of(long[] sortedDays) {
            if (sortedDays.length < 2) {
                return new Gaps(null, null);
            }
            double[] gaps = LongStream.range(1, sortedDays.length)
                    .mapToDouble(i -> sortedDays[(int) i] - sortedDays[(int) i - 1]).toArray();
            double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
            if (gaps.length < 2) {
                return new Gaps(mean, null);
            }
            double variance = java.util.Arrays.stream(gaps).map(gap -> (gap - mean) * (gap - mean)).average().orElseThrow();
            return new Gaps(mean, Math.sqrt(variance) / mean);
        }
    }
}
