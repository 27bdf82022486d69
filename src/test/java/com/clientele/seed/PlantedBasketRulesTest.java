package com.clientele.seed;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every planted basket and channel behaviour's rule, recomputed from the committed CSV files. */
class PlantedBasketRulesTest {

    private final Histories histories = new Histories(SeedData.committed());

    @Test
    void broadBuyersBuyFromAtLeastEightLeafCategories() {
        assertRuleHolds(Behaviour.BROAD_BUYER, customerId -> histories.lines(customerId).stream().map(histories::product)
                .filter(SeedData.Product::merchandise).map(SeedData.Product::categoryId).distinct().count() >= 8);
    }

    @Test
    void singleCategoryBuyersBuyFromOneLeafCategoryOnly() {
        assertRuleHolds(Behaviour.SINGLE_CATEGORY, customerId -> histories.orders(customerId).size() >= 4
                && histories.lines(customerId).stream().map(line -> histories.product(line).categoryId()).distinct().count() == 1);
    }

    @Test
    void discountSeekersAreDiscountedOnMostOrdersAndOthersRarely() {
        assertRuleHolds(Behaviour.DISCOUNT_SEEKER, customerId -> histories.orders(customerId).stream()
                .filter(order -> order.discount() >= 0.0999 && order.discount() <= 0.3001).count()
                >= 0.8 * histories.orders(customerId).size());
        Set<String> seekers = Set.copyOf(histories.data().plantedWith(Behaviour.DISCOUNT_SEEKER));
        List<SeedData.Order> others = histories.data().orders().stream()
                .filter(order -> !seekers.contains(order.customerId())).toList();
        long discounted = others.stream().filter(order -> order.discount() > 0).count();
        assertTrue(discounted < 0.15 * others.size(), discounted + " of " + others.size() + " other orders");
    }

    @Test
    void newProductSeekersMostlyBuyProductsLaunchedInTheLastSixtyDays() {
        assertRuleHolds(Behaviour.NEW_PRODUCT_SEEKER, customerId -> newProductShare(customerId) >= 0.6);
        List<String> ordinary = histories.data().customers().keySet().stream()
                .filter(key -> !histories.data().planted().containsKey(key) && !histories.orders(key).isEmpty()).toList();
        double ordinaryShare = ordinary.stream().mapToDouble(this::newProductShare).average().orElse(1);
        assertTrue(ordinaryShare < 0.2, "ordinary customers' share of new products: " + ordinaryShare);
    }

    @Test
    void channelCustomersKeepToTheirChannels() {
        assertRuleHolds(Behaviour.ONLINE_ONLY, customerId -> onlineShare(customerId) == 1.0 && preferred(customerId).equals("ONLINE"));
        assertRuleHolds(Behaviour.OFFLINE_ONLY, customerId -> onlineShare(customerId) == 0.0 && preferred(customerId).equals("OFFLINE"));
        assertRuleHolds(Behaviour.MIXED_CHANNEL, customerId -> onlineShare(customerId) >= 0.3 && onlineShare(customerId) <= 0.7);
    }

    private double newProductShare(String customer) {
        List<Long> ages = histories.orders(customer).stream().flatMap(order -> histories.lines(order).stream()
                .filter(line -> histories.product(line).merchandise())
                .map(line -> DAYS.between(histories.product(line).launch(), order.date()))).toList();
        return ages.stream().filter(age -> age >= 0 && age <= 60).count() / (double) Math.max(1, ages.size());
    }

    private double onlineShare(String customer) {
        List<SeedData.Order> orders = histories.orders(customer);
        if (orders.size() < 4) {
            return -1;
        }
        return orders.stream().filter(order -> order.channel().equals("ONLINE")).count() / (double) orders.size();
    }

    private String preferred(String customer) {
        return histories.data().customers().get(customer).preferredChannel();
    }

    private void assertRuleHolds(Behaviour behaviour, Predicate<String> rule) {
        List<String> customers = histories.data().plantedWith(behaviour);
        assertTrue(customers.size() >= 30, behaviour + " has only " + customers.size() + " customers");
        assertEquals(List.of(), customers.stream().filter(rule.negate()).collect(Collectors.toList()),
                behaviour + " rule broken by");
    }
}
