package com.clientele.seed;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Draws a customer's sign-up day and order days from their timeline behaviour, exactly following the rules of
 * {@link Behaviour}. It draws from the customer's own random stream, so calling it twice gives the same timeline:
 * sign-ups are drawn once for the referrals, then again when the orders are streamed.
 */
final class TimelineMaker {

    private final long seed;
    private final int start;
    private final int end;
    private final int analysis;
    private final int signupFloor;
    private final int fadingFrom;
    private final int churnedBefore;
    private final BuyingShape shape;

    TimelineMaker(GeneratorSettings settings, BuyingShape shape) {
        LocalDate first = settings.firstOrderDate();
        this.seed = settings.seed();
        this.start = (int) first.toEpochDay();
        this.end = (int) settings.lastOrderDate().toEpochDay();
        this.analysis = end + 1;
        this.signupFloor = (int) first.minusYears(2).toEpochDay();
        this.fadingFrom = (int) first.plusMonths(18).toEpochDay();
        this.churnedBefore = (int) first.plusMonths(10).toEpochDay();
        this.shape = shape;
    }

    CustomerTimeline make(int customer, Optional<Behaviour> timeline, int minimumOrders) {
        SplittableRandom random = RandomStreams.of(seed, RandomStreams.Purpose.TIMELINE, customer);
        if (timeline.isEmpty()) {
            return shape.ordinary(new OrdinaryTimeline(random, signupFloor, start, end), customer, minimumOrders);
        }
        return switch (timeline.get()) {
            case BIG_SPENDER -> signedUpBefore(random, periodic(random, start + random.nextInt(90), 12, 30));
            case STEADY_REGULAR -> signedUpBefore(random, periodic(random, start + random.nextInt(60), 20, 40));
            case FADING -> signedUpBefore(random, fading(random));
            case CHURNED -> signedUpBefore(random, sortedDays(random, 2 + random.nextInt(7), start, churnedBefore - 1));
            case PROSPECT -> new CustomerTimeline(between(random, signupFloor, end), new int[0]);
            case NEW -> newcomer(random);
            case GROWING -> growing(random);
            default -> signedUpBefore(random, bursts(random));
        };
    }

    private int[] periodic(SplittableRandom random, int first, int minGap, int maxGap) {
        IntStream.Builder days = IntStream.builder();
        for (int day = first; day <= end; day += between(random, minGap, maxGap)) {
            days.add(day);
        }
        return days.build().toArray();
    }

    private int[] fading(SplittableRandom random) {
        IntStream.Builder days = IntStream.builder();
        for (int day = start + random.nextInt(30); day < fadingFrom; day += between(random, 10, 25)) {
            days.add(day);
        }
        IntStream.of(sortedDays(random, 1 + random.nextInt(2), analysis - 150, analysis - 60)).forEach(days::add);
        return days.build().toArray();
    }

    private CustomerTimeline newcomer(SplittableRandom random) {
        int signup = between(random, analysis - 45, end);
        return new CustomerTimeline(signup, sortedDays(random, 1 + random.nextInt(3), signup, end));
    }

    private CustomerTimeline growing(SplittableRandom random) {
        int first = between(random, analysis - 270, analysis - 180);
        int halfWay = first + (analysis - first) / 2;
        int earlier = 1 + random.nextInt(2);
        int later = earlier + 2 + random.nextInt(3);
        IntStream.Builder days = IntStream.builder().add(first);
        if (earlier == 2) {
            days.add(between(random, first + 1, halfWay - 1));
        }
        for (int i = 0; i < later; i++) {
            days.add(halfWay + (int) ((end - halfWay + 1) * Math.sqrt(random.nextDouble())));
        }
        int[] sorted = days.build().sorted().toArray();
        return new CustomerTimeline(between(random, first - 120, first), sorted);
    }

    /** 3-4 bursts of 2-4 orders at most 6 days apart, bursts 90-180 days apart, placed inside the window. */
    private int[] bursts(SplittableRandom random) {
        int burstCount = 3 + random.nextInt(2);
        IntStream.Builder offsets = IntStream.builder();
        int offset = 0;
        for (int burst = 0; burst < burstCount; burst++) {
            offset += burst == 0 ? 0 : between(random, 90, 180);
            int size = 2 + random.nextInt(3);
            for (int order = 0; order < size; order++) {
                offset += order == 0 ? 0 : random.nextInt(7);
                offsets.add(offset);
            }
        }
        int shift = start + random.nextInt(end - start + 1 - offset);
        return offsets.build().map(dayOffset -> dayOffset + shift).toArray();
    }

    private CustomerTimeline signedUpBefore(SplittableRandom random, int[] orderDays) {
        return new CustomerTimeline(between(random, signupFloor, orderDays[0]), orderDays);
    }

    static int[] sortedDays(SplittableRandom random, int count, int from, int to) {
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = between(random, from, to);
        }
        Arrays.sort(days);
        return days;
    }

    static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
