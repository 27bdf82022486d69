package com.clientele.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a customer's order days into complete orders: a time of day (UTC; shop hours for in-store orders),
 * the channel (as the planted channel behaviour demands, else mostly the preferred one), the discount
 * (most orders of a discount seeker, few of anyone else), and the basket.
 */
final class CustomerOrders {

    private static final int[] ONLINE_HOUR_WEIGHTS = {4, 5, 6, 8, 9, 8, 6, 5, 5, 5, 6, 7, 10, 12, 12, 9, 4, 2, 1, 1,
        1, 1, 2, 3};

    private final long seed;
    private final Population population;
    private final ChannelPreference preferences;
    private final BasketBuilder baskets;
    private final int leafCount;

    CustomerOrders(long seed, Population population, ChannelPreference preferences, Catalogue catalogue) {
        this.seed = seed;
        this.population = population;
        this.preferences = preferences;
        this.baskets = new BasketBuilder(catalogue);
        this.leafCount = catalogue.leafCount();
    }

    /** The customer's orders, in time order. */
    List<PlannedOrder> plan(int customer, int[] orderDays) {
        SplittableRandom random = RandomStreams.of(seed, RandomStreams.Purpose.BASKET, customer);
        Shopper shopper = Shopper.of(population, customer, leafCount, random);
        boolean[] online = new ChannelPlan(population, preferences).onlineFlags(customer, orderDays.length, random);
        List<PlannedOrder> orders = new ArrayList<>();
        for (int i = 0; i < orderDays.length; i++) {
            int day = orderDays[i];
            long second = day * 86_400L + secondOfDay(online[i], random);
            orders.add(new PlannedOrder(second, online[i] ? ChannelPreference.ONLINE : ChannelPreference.OFFLINE,
                    discount(customer, i, day, random), baskets.build(shopper, day, online[i], random)));
        }
        orders.sort(Comparator.comparingLong(PlannedOrder::epochSecond));
        return orders;
    }

    private static int secondOfDay(boolean online, SplittableRandom random) {
        int hour = online ? weightedHour(random) : 1 + random.nextInt(13);
        return hour * 3600 + random.nextInt(3600);
    }

    private static int weightedHour(SplittableRandom random) {
        int ticket = random.nextInt(132);
        for (int hour = 0; hour < ONLINE_HOUR_WEIGHTS.length; hour++) {
            ticket -= ONLINE_HOUR_WEIGHTS[hour];
            if (ticket < 0) {
                return hour;
            }
        }
        return ONLINE_HOUR_WEIGHTS.length - 1;
    }

    /** Hundredths of the list value given as discount. */
    private int discount(int customer, int orderNumber, int day, SplittableRandom random) {
        if (population.has(customer, Behaviour.DISCOUNT_SEEKER)) {
            return orderNumber % 10 == 9 ? 0 : TimelineMaker.between(random, 10, 30);
        }
        if (population.has(customer, Behaviour.BIG_SPENDER)) {
            return random.nextDouble() < 0.05 ? TimelineMaker.between(random, 5, 10) : 0;
        }
        LocalDate date = LocalDate.ofEpochDay(day);
        boolean singlesDay = date.getMonthValue() == 11 && date.getDayOfMonth() <= 11;
        double chance = singlesDay ? 0.3 : 0.06;
        return random.nextDouble() < chance ? 5 * (1 + random.nextInt(4)) : 0;
    }
}
