package com.clientele.seed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The timeline of a customer without a planted timeline: signed up any time from two years before the window
 * to two months before its end, then a skewed number of orders (many buy a few times, some often) spread over
 * the time they were a customer, busier around Singles' Day (11 November) and in December. The one-time shape
 * ({@link BuyingShape}) draws the same way but makes a customer buy once, or on at least two days.
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

    /** The seed's own shape: a skewed number of orders, at least {@code minimumOrders} (and at least one). */
    CustomerTimeline make(int minimumOrders) {
        int signup = signup();
        int[] days = days(Math.max(1, count(signup, minimumOrders)), from(signup));
        return new CustomerTimeline(signup, days);
    }

    /** A one-time buyer: one order, on one day. */
    CustomerTimeline once() {
        int signup = signup();
        return new CustomerTimeline(signup, new int[] {seasonalDay(from(signup))});
    }

    /** A repeat buyer of the one-time shape: as {@link #make}, but at least two orders on at least two days. */
    CustomerTimeline repeated(int minimumOrders) {
        int signup = signup();
        int from = from(signup);
        int[] days = days(Math.max(2, count(signup, minimumOrders)), from);
        while (days[0] == days[days.length - 1]) {
            days[days.length - 1] = seasonalDay(from);
            Arrays.sort(days);
        }
        return new CustomerTimeline(signup, days);
    }

    private int signup() {
        return TimelineMaker.between(random, signupFloor, end - 60);
    }

    private int from(int signup) {
        return Math.max(signup, start);
    }

    private int count(int signup, int minimumOrders) {
        double activeShare = (end - from(signup) + 1) / (double) (end - start + 1);
        int wanted = 1 + (int) (-Math.log(1 - random.nextDouble()) * MEAN_EXTRA_ORDERS);
        return Math.max(minimumOrders, (int) Math.round(Math.min(wanted, MAX_ORDERS) * activeShare));
    }

    private int[] days(int count, int from) {
        int[] days = new int[count];
        for (int i = 0; i < days.length; i++) {
            days[i] = seasonalDay(from);
        }
        Arrays.sort(days);
        return days;
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
