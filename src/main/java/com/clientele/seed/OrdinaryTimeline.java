package com.clientele.seed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The timeline of a customer without a planted timeline: signed up any time from two years before the window
 * to two months before its end, then a skewed number of orders (many buy a few times, some often) spread over
 * the time they were a customer, busier around Singles' Day (11 November) and in December.
 */
final class OrdinaryTimeline {

    private static final double MEAN_EXTRA_ORDERS = 9.5;
    private static final int MAX_ORDERS = 40;

    private final SplittableRandom random;
    private final int signupFloor;
    private final int start;
    private final int end;

    OrdinaryTimeline(SplittableRandom random, int signupFloor, int start, int end) {
        this.random = random;
        this.signupFloor = signupFloor;
        this.start = start;
        this.end = end;
    }

    CustomerTimeline make(int minimumOrders) {
        int signup = TimelineMaker.between(random, signupFloor, end - 60);
        int from = Math.max(signup, start);
        double activeShare = (end - from + 1) / (double) (end - start + 1);
        int wanted = 1 + (int) (-Math.log(1 - random.nextDouble()) * MEAN_EXTRA_ORDERS);
        int count = Math.max(minimumOrders, (int) Math.round(Math.min(wanted, MAX_ORDERS) * activeShare));
        int[] days = new int[Math.max(1, count)];
        for (int i = 0; i < days.length; i++) {
            days[i] = seasonalDay(from);
        }
        Arrays.sort(days);
        return new CustomerTimeline(signup, days);
    }

    private int seasonalDay(int from) {
        while (true) {
            int day = TimelineMaker.between(random, from, end);
            if (random.nextDouble() * 3 < weight(LocalDate.ofEpochDay(day))) {
                return day;
            }
        }
    }

    private static double weight(LocalDate date) {
        if (date.getMonthValue() == 11 && date.getDayOfMonth() <= 11) {
            return 3;
        }
        return date.getMonthValue() == 12 ? 1.6 : 1;
    }
}
