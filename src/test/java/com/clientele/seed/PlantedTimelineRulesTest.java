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
        assertRuleHolds(Behaviour.BIG_SPENDER, customerId -> histories.orders(customerId).size() >= 12
                && spends.stream().filter(spend -> spend > histories.spend(customerId)).count() < spends.size() / 10);
    }

    @Test
    void steadyRegularsOrderEveryTwentyToFortyDaysUntilTheEnd() {
        assertRuleHolds(Behaviour.STEADY_REGULAR, customerId -> DAYS.between(S, first(customerId)) < 60
                && histories.gapsInDays(customerId).stream().allMatch(gap -> gap >= 20 && gap <= 40)
                && DAYS.between(last(customerId), A) <= 40);
    }

    @Test
    void fadingCustomersWereFrequentThenStoppedSixtyToOneHundredFiftyDaysAgo() {
        LocalDate fadingFrom = S.plusMonths(18);
        assertRuleHolds(Behaviour.FADING, customerId -> dates(customerId).stream().filter(date -> date.isBefore(fadingFrom)).count() >= 8
                && dates(customerId).stream().filter(date -> !date.isBefore(fadingFrom)).count() <= 2
                && DAYS.between(last(customerId), A) >= 60 && DAYS.between(last(customerId), A) <= 150);
    }

    @Test
    void churnedCustomersBoughtOnlyInTheFirstTenMonths() {
        assertRuleHolds(Behaviour.CHURNED, customerId -> dates(customerId).size() >= 2
                && dates(customerId).stream().allMatch(date -> date.isBefore(S.plusMonths(10)))
                && DAYS.between(last(customerId), A) >= 300);
    }

    @Test
    void prospectsNeverOrdered() {
        assertRuleHolds(Behaviour.PROSPECT, customerId -> histories.orders(customerId).isEmpty());
    }

    @Test
    void newCustomersSignedUpAndOrderedInTheLastFortyFiveDays() {
        assertRuleHolds(Behaviour.NEW, customerId -> DAYS.between(signup(customerId), A) <= 45
                && dates(customerId).size() >= 1 && dates(customerId).size() <= 3 && DAYS.between(first(customerId), A) <= 45);
    }

    @Test
    void growingCustomersStartedSixToNineMonthsAgoAndOrderMoreOften() {
        assertRuleHolds(Behaviour.GROWING, customerId -> {
            long sinceFirst = DAYS.between(first(customerId), A);
            LocalDate halfWay = first(customerId).plusDays(sinceFirst / 2);
            long earlier = dates(customerId).stream().filter(date -> date.isBefore(halfWay)).count();
            return sinceFirst >= 180 && sinceFirst <= 270 && dates(customerId).size() >= 4
                    && dates(customerId).size() - earlier > earlier;
        });
    }

    @Test
    void unstableCustomersBuyInBurstsWithLongGaps() {
        assertRuleHolds(Behaviour.UNSTABLE, customerId -> dates(customerId).size() >= 6
                && histories.gapsInDays(customerId).stream().filter(spend -> spend >= 90).count() >= 2
                && histories.gapsInDays(customerId).stream().filter(spend -> spend <= 7).count() >= 3);
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
