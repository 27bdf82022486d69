package com.clientele.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Summarises a plain list of purchases into one {@link CustomerHistory} per customer, the BTYD way: purchases on the
 * same day are merged into one transaction (their amounts summed), purchases after the calibration end (inclusive)
 * are ignored, x counts the purchase days after the first, and tx and T are whole-day differences converted to the
 * unit. It is the reference the graph's Cypher summary is checked against.
 */
public final class CustomerHistories {

    private CustomerHistories() {
    }

    /** Histories keyed by customer id (sorted); customers whose first purchase is after the calibration end are absent. */
    public static SortedMap<String, CustomerHistory> fromTransactions(Collection<Purchase> purchases,
                                                                      LocalDate calibrationEnd, ClvTimeUnit unit) {
        if (purchases == null || calibrationEnd == null || unit == null) {
            throw new IllegalArgumentException("purchases, calibration end and time unit are all required");
        }
        Map<String, SortedMap<LocalDate, Double>> dailyTotals = new HashMap<>();
        for (Purchase purchase : purchases) {
            if (purchase.date().isAfter(calibrationEnd)) {
                continue;
            }
            dailyTotals.computeIfAbsent(purchase.customerId(), id -> new TreeMap<>())
                    .merge(purchase.date(), purchase.amount(), Double::sum);
        }
        SortedMap<String, CustomerHistory> histories = new TreeMap<>();
        dailyTotals.forEach((customer, days) -> histories.put(customer, summarise(days, calibrationEnd, unit)));
        return histories;
    }

    private static CustomerHistory summarise(SortedMap<LocalDate, Double> dailyTotals, LocalDate calibrationEnd,
                                             ClvTimeUnit unit) {
        LocalDate first = dailyTotals.firstKey();
        LocalDate last = dailyTotals.lastKey();
        int repeats = dailyTotals.size() - 1;
        double tx = unit.fromDays(ChronoUnit.DAYS.between(first, last));
        double age = unit.fromDays(ChronoUnit.DAYS.between(first, calibrationEnd));
        List<Double> repeatSpends = new ArrayList<>(dailyTotals.values()).subList(1, dailyTotals.size());
        OptionalDouble meanRepeatSpend = repeatSpends.stream().mapToDouble(Double::doubleValue).average();
        return new CustomerHistory(repeats, tx, age, meanRepeatSpend, unit);
    }
}
