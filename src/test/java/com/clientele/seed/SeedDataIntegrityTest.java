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
        data.categories().stream().filter(c -> !c.parentId().isEmpty() && !categories.contains(c.parentId()))
                .forEach(c -> missing.add("parent of " + c.id()));
        data.products().values().stream().filter(p -> !categories.contains(p.categoryId()))
                .forEach(p -> missing.add("category of " + p.id()));
        data.orders().stream().filter(o -> !data.customers().containsKey(o.customerId()))
                .forEach(o -> missing.add("customer of " + o.id()));
        data.lines().stream().filter(l -> !orders.contains(l.orderId()) || !data.products().containsKey(l.productId()))
                .forEach(l -> missing.add("order or product of line " + l.orderId() + "/" + l.line()));
        data.referrals().stream().filter(r -> !data.customers().containsKey(r.referrerId())
                || !data.customers().containsKey(r.referredId())).forEach(r -> missing.add("referral " + r));
        data.planted().keySet().stream().filter(c -> !data.customers().containsKey(c)).forEach(missing::add);
        data.bundles().values().stream().flatMap(List::stream).filter(p -> !data.products().containsKey(p))
                .forEach(missing::add);

        assertEquals(List.of(), missing);
    }

    @Test
    void idsAreReadable() {
        assertTrue(data.customers().keySet().stream().allMatch(id -> id.matches("C\\d{6}")));
        assertTrue(data.products().keySet().stream().allMatch(id -> id.matches("P\\d{4}")));
        assertTrue(data.orders().stream().allMatch(o -> o.id().matches("O\\d{8}")));
        assertTrue(data.categories().stream().allMatch(c -> c.id().matches("[a-z]+(\\.[a-z]+)?")));
    }

    @Test
    void ordersFallInTheWindowAndNeverBeforeTheCustomerSignedUp() {
        LocalDate first = GeneratorSettings.DEFAULT_FIRST_ORDER_DATE;
        LocalDate last = GeneratorSettings.DEFAULT_LAST_ORDER_DATE;
        List<String> wrong = data.orders().stream()
                .filter(o -> o.date().isBefore(data.customers().get(o.customerId()).signup())
                        || o.date().isBefore(first) || o.date().isAfter(last))
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
        data.orders().stream().filter(o -> o.discount() < 0 || o.discount() >= 0.5).forEach(o -> wrong.add(o.id()));
        Map<String, List<Integer>> lineNumbers = data.lines().stream().collect(Collectors.groupingBy(
                SeedData.Line::orderId, Collectors.mapping(SeedData.Line::line, Collectors.toList())));
        data.orders().stream().map(o -> lineNumbers.getOrDefault(o.id(), List.of()))
                .filter(numbers -> numbers.isEmpty() || numbers.size() > 6
                        || !numbers.equals(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList()))
                .forEach(numbers -> wrong.add("line numbers " + numbers));

        assertEquals(List.of(), wrong);
    }
}
