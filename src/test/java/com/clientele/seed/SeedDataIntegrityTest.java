package com.clientele.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Integrity of the committed seed-data/: ids resolve, dates are consistent, values and counts are in range. */
class SeedDataIntegrityTest {

    private final SeedData data = SeedData.committed();

    @Test
    void everyReferencedIdExists() {
        Set<String> categories = data.categories().stream().map(SeedData.Category::id).collect(Collectors.toSet());
        Set<String> orders = data.orders().stream().map(SeedData.Order::id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        data.categories().stream().filter(category -> !category.parentId().isEmpty() && !categories.contains(category.parentId()))
                .forEach(category -> missing.add("parent of " + category.id()));
        data.products().values().stream().filter(product -> !categories.contains(product.categoryId()))
                .forEach(product -> missing.add("category of " + product.id()));
        data.orders().stream().filter(order -> !data.customers().containsKey(order.customerId()))
                .forEach(order -> missing.add("customer of " + order.id()));
        data.lines().stream().filter(line -> !orders.contains(line.orderId()) || !data.products().containsKey(line.productId()))
                .forEach(eachLine -> missing.add("order or product of line " + eachLine.orderId() + "/" + eachLine.line()));
        data.referrals().stream().filter(referral -> !data.customers().containsKey(referral.referrerId())
                || !data.customers().containsKey(referral.referredId())).forEach(referral -> missing.add("referral " + referral));
        data.planted().keySet().stream().filter(key -> !data.customers().containsKey(key)).forEach(missing::add);
        data.bundles().values().stream().flatMap(List::stream).filter(part -> !data.products().containsKey(part))
                .forEach(missing::add);

        assertEquals(List.of(), missing);
    }

    @Test
    void idsAreReadable() {
        assertTrue(data.customers().keySet().stream().allMatch(id -> id.matches("C\\d{6}")));
        assertTrue(data.products().keySet().stream().allMatch(id -> id.matches("P\\d{4}")));
        assertTrue(data.orders().stream().allMatch(order -> order.id().matches("O\\d{8}")));
        assertTrue(data.categories().stream().allMatch(category -> category.id().matches("[a-z]+(\\.[a-z]+)?")));
    }

    @Test
    void ordersFallInTheWindowAndNeverBeforeTheCustomerSignedUp() {
        LocalDate first = GeneratorSettings.DEFAULT_FIRST_ORDER_DATE;
        LocalDate last = GeneratorSettings.DEFAULT_LAST_ORDER_DATE;
        List<String> wrong = data.orders().stream()
                .filter(order -> order.date().isBefore(data.customers().get(order.customerId()).signup())
                        || order.date().isBefore(first) || order.date().isAfter(last))
                .map(SeedData.Order::id).toList();

        assertEquals(List.of(), wrong);
    }

    @Test
    void referralsHaveNoSelfReferralNoDoubleReferralAndNoCycle() {
        Map<String, String> referrerOf = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (SeedData.Referral referral : data.referrals()) {
            if (referral.referrerId().equals(referral.referredId())
                    || referrerOf.put(referral.referredId(), referral.referrerId()) != null) {
                wrong.add("self or double: " + referral);
            }
            LocalDate referrerSignup = data.customers().get(referral.referrerId()).signup();
            LocalDate referredSignup = data.customers().get(referral.referredId()).signup();
            if (!referrerSignup.isBefore(referral.at()) || referredSignup.isBefore(referral.at())) {
                wrong.add("dates: " + referral);
            }
        }
        for (String start : referrerOf.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String at = start; at != null; at = referrerOf.get(at)) {
                if (!seen.add(at)) {
                    wrong.add("cycle through " + start);
                    break;
                }
            }
        }

        assertEquals(List.of(), wrong);
    }

    @Test
    void quantitiesPricesAndDiscountsAreInRange() {
        List<String> wrong = new ArrayList<>();
        for (SeedData.Line line : data.lines()) {
            double listPrice = data.products().get(line.productId()).price();
            if (line.quantity() <= 0 || line.unitPrice() <= 0 || Math.abs(line.unitPrice() / listPrice - 1) > 0.051) {
                wrong.add(line.toString());
            }
        }
        data.orders().stream().filter(order -> order.discount() < 0 || order.discount() >= 0.5).forEach(order -> wrong.add(order.id()));
        Map<String, List<Integer>> lineNumbers = data.lines().stream().collect(Collectors.groupingBy(
                SeedData.Line::orderId, Collectors.mapping(SeedData.Line::line, Collectors.toList())));
        data.orders().stream().map(order -> lineNumbers.getOrDefault(order.id(), List.of()))
                .filter(numbers -> numbers.isEmpty() || numbers.size() > 6
                        || !numbers.equals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList()))
                .forEach(numbers -> wrong.add("line numbers " + numbers));

        assertEquals(List.of(), wrong);
    }
}
