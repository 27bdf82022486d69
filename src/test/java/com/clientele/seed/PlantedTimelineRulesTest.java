package com.clientele.seed;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Every planted timeline behaviour's rule (planted/README.md), recomputed from the committed CSV files. */
class PlantedTimelineRulesTest {

    private static final LocalDate S = GeneratorSettings.DEFAULT_FIRST_ORDER_DATE;
    private static final LocalDate A = GeneratorSettings.DEFAULT_LAST_ORDER_DATE.plusDays(1);

    private final Histories histories = new Histories(SeedData.committed());

    @Test
    void bigSpendersOrderOftenAndAreInTheTopTenPercentBySpend() {
        List<Double> spends = histories.spendOfBuyers();
        assertRuleHolds(Behaviour.BIG_SPENDER, c -> histories.orders(c).size() >= 12
                && spends.stream().filter(s -> s > histories.spend(c)).count() < spends.size() / 10);
    }

    @Test
    void steadyRegularsOrderEveryTwentyToFortyDaysUntilTheEnd() {
        assertRuleHolds(Behaviour.STEADY_REGULAR, c -> DAYS.between(S, first(c)) < 60
                && histories.gapsInDays(c).stream().allMatch(g -> g >= 20 && g <= 40)
                && DAYS.between(last(c), A) <= 40);
    }

    @Test
    void fadingCustomersWereFrequentThenStoppedSixtyToOneHundredFiftyDaysAgo() {
        LocalDate fadingFrom = S.plusMonths(18);
        assertRuleHolds(Behaviour.FADING, c -> dates(c).stream().filter(d -> d.isBefore(fadingFrom)).count() >= 8
                && dates(c).stream().filter(d -> !d.isBefore(fadingFrom)).count() <= 2
                && DAYS.between(last(c), A) >= 60 && DAYS.between(last(c), A) <= 150);
    }

    @Test
    void churnedCustomersBoughtOnlyInTheFirstTenMonths() {
        assertRuleHolds(Behaviour.CHURNED, c -> dates(c).size() >= 2
                && dates(c).stream().allMatch(d -> d.isBefore(S.plusMonths(10)))
                && DAYS.between(last(c), A) >= 300);
    }

    @Test
    void prospectsNeverOrdered() {
        assertRuleHolds(Behaviour.PROSPECT, c -> histories.orders(c).isEmpty());
    }

    @Test
    void newCustomersSignedUpAndOrderedInTheLastFortyFiveDays() {
        assertRuleHolds(Behaviour.NEW, c -> DAYS.between(signup(c), A) <= 45
                && dates(c).size() >= 1 && dates(c).size() <= 3 && DAYS.between(first(c), A) <= 45);
    }

    @Test
    void growingCustomersStartedSixToNineMonthsAgoAndOrderMoreOften() {
        assertRuleHolds(Behaviour.GROWING, c -> {
            long sinceFirst = DAYS.between(first(c), A);
            LocalDate halfWay = first(c).plusDays(sinceFirst / 2);
            long earlier = dates(c).stream().filter(d -> d.isBefore(halfWay)).count();
            return sinceFirst >= 180 && sinceFirst <= 270 && dates(c).size() >= 4
                    && dates(c).size() - earlier > earlier;
        });
    }

    @Test
    void unstableCustomersBuyInBurstsWithLongGaps() {
        assertRuleHolds(Behaviour.UNSTABLE, c -> dates(c).size() >= 6
                && histories.gapsInDays(c).stream().filter(g -> g >= 90).count() >= 2
                && histories.gapsInDays(c).stream().filter(g -> g <= 7).count() >= 3);
    }

    private void assertRuleHolds(Behaviour behaviour, Predicate<String> rule) {
        List<String> customers = histories.data().plantedWith(behaviour);
        assertTrue(customers.size() >= 30, behaviour + " has only " + customers.size() + " customers");
        assertEquals(List.of(), customers.stream().filter(rule.negate()).toList(), behaviour + " rule broken by");
    }

    private List<LocalDate> dates(String customer) {
        return histories.orders(customer).stream().map(SeedData.Order::date).toList();
    }

    private LocalDate first(String customer) {
        return dates(customer).get(0);
    }

    private LocalDate last(String customer) {
        return dates(customer).get(dates(customer).size() - 1);
    }

    private LocalDate signup(String customer) {
        return histories.data().customers().get(customer).signup();
    }
}
