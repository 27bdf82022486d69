package com.clientele.segment;

import com.clientele.neo4j.Graph;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Test view of every classified customer's stored lifecycle, behaviour and churn risk next to the number of distinct
 * days it ordered on before its analysis date, counted from the orders themselves
 * (cypher/test-support/purchase-days-and-classes.cypher). A one-time buyer is a customer with exactly one purchase
 * day.
 */
record PurchaseDayClasses(String id, String lifecycle, String behaviour, String churnRisk, long purchaseDays) {

    static List<PurchaseDayClasses> readAll(Graph graph) {
        return graph.read("test-support/purchase-days-and-classes", Map.of(), record -> new PurchaseDayClasses(
                record.get("id").asString(), record.get("lifecycle").asString(null),
                record.get("behaviour").asString(null), record.get("churnRisk").asString(null),
                record.get("purchaseDays").asLong()));
    }

    boolean isOneTimeBuyer() {
        return purchaseDays == 1;
    }

    /** Customers per class, in class-name order, of the customers that satisfy {@code which}. */
    static Map<String, Long> sizes(List<PurchaseDayClasses> customers, Predicate<PurchaseDayClasses> which,
            Function<PurchaseDayClasses, String> dimension) {
        return customers.stream().filter(which).collect(Collectors.groupingBy(
                customer -> String.valueOf(dimension.apply(customer)), TreeMap::new, Collectors.counting()));
    }

    /** "none", or how many one-time buyers are in any of {@code classes} of the dimension, with the first ids. */
    static String oneTimeBuyersIn(List<PurchaseDayClasses> customers,
            Function<PurchaseDayClasses, String> dimension, List<String> classes) {
        List<String> ids = customers.stream().filter(PurchaseDayClasses::isOneTimeBuyer)
                .filter(customer -> classes.contains(dimension.apply(customer))).map(PurchaseDayClasses::id).toList();
        return ids.isEmpty() ? "none" : ids.size() + " of " + customers.stream()
                .filter(PurchaseDayClasses::isOneTimeBuyer).count() + " one-time buyers, e.g. "
                + ids.subList(0, Math.min(5, ids.size())) + " in " + sizes(customers,
                        customer -> customer.isOneTimeBuyer() && classes.contains(dimension.apply(customer)), dimension);
    }
}
