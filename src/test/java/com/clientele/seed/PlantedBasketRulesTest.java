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
        assertRuleHolds(Behaviour.BROAD_BUYER, c -> histories.lines(c).stream().map(histories::product)
                .filter(SeedData.Product::merchandise).map(SeedData.Product::categoryId).distinct().count() >= 8);
    }

    @Test
    void singleCategoryBuyersBuyFromOneLeafCategoryOnly() {
        assertRuleHolds(Behaviour.SINGLE_CATEGORY, c -> histories.orders(c).size() >= 4
                && histories.lines(c).stream().map(l -> histories.product(l).categoryId()).distinct().count() == 1);
    }

    @Test
    void discountSeekersAreDiscountedOnMostOrdersAndOthersRarely() {
        assertRuleHolds(Behaviour.DISCOUNT_SEEKER, c -> histories.orders(c).stream()
                .filter(o -> o.discount() >= 0.0999 && o.discount() <= 0.3001).count()
                >= 0.8 * histories.orders(c).size());
        Set<String> seekers = Set.copyOf(histories.data().plantedWith(Behaviour.DISCOUNT_SEEKER));
        List<SeedData.Order> others = histories.data().orders().stream()
                .filter(o -> !seekers.contains(o.customerId())).toList();
        long discounted = others.stream().filter(o -> o.discount() > 0).count();
        assertTrue(discounted < 0.15 * others.size(), discounted + " of " + others.size() + " other orders");
    }

    @Test
    void newProductSeekersMostlyBuyProductsLaunchedInTheLastSixtyDays() {
        assertRuleHolds(Behaviour.NEW_PRODUCT_SEEKER, c -> newProductShare(c) >= 0.6);
        List<String> ordinary = histories.data().customers().keySet().stream()
                .filter(c -> !histories.data().planted().containsKey(c) && !histories.orders(c).isEmpty()).toList();
        double ordinaryShare = ordinary.stream().mapToDouble(this::newProductShare).average().orElse(1);
        assertTrue(ordinaryShare < 0.2, "ordinary customers' share of new products: " + ordinaryShare);
    }

    @Test
    void channelCustomersKeepToTheirChannels() {
        assertRuleHolds(Behaviour.ONLINE_ONLY, c -> onlineShare(c) == 1.0 && preferred(c).equals("ONLINE"));
        assertRuleHolds(Behaviour.OFFLINE_ONLY, c -> onlineShare(c) == 0.0 && preferred(c).equals("OFFLINE"));
        assertRuleHolds(Behaviour.MIXED_CHANNEL, c -> onlineShare(c) >= 0.3 && onlineShare(c) <= 0.7);
    }

    private double newProductShare(String customer) {
        List<Long> ages = histories.orders(customer).stream().flatMap(o -> histories.lines(o).stream()
                .filter(l -> histories.product(l).merchandise())
                .map(l -> DAYS.between(histories.product(l).launch(), o.date()))).toList();
        return ages.stream().filter(age -> age >= 0 && age <= 60).count() / (double) Math.max(1, ages.size());
    }

    private double onlineShare(String customer) {
        List<SeedData.Order> orders = histories.orders(customer);
        if (orders.size() < 4) {
            return -1;
        }
        return orders.stream().filter(o -> o.channel().equals("ONLINE")).count() / (double) orders.size();
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
