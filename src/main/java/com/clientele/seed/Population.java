package com.clientele.seed;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which customer was given which planted behaviour, as one bit mask per customer (memory grows with customers,
 * never with orders). Customers are numbered 0..n-1; customer i has id C(i+1).
 */
final class Population {

    private static final Set<Behaviour> BASKET_HOSTS = EnumSet.of(Behaviour.STEADY_REGULAR, Behaviour.FADING);
    private static final Set<Behaviour> CHANNEL_HOSTS = EnumSet.of(Behaviour.STEADY_REGULAR, Behaviour.FADING,
            Behaviour.BIG_SPENDER, Behaviour.UNSTABLE, Behaviour.GROWING);

    private static final List<Behaviour> TIMELINES = group(Behaviour.Group.TIMELINE);
    private static final int BASKET_OR_CHANNEL = maskOf(Behaviour.Group.BASKET) | maskOf(Behaviour.Group.CHANNEL);

    private final int[] masks;

    private Population(int[] masks) {
        this.masks = masks;
    }

    /**
     * Gives each timeline, basket and channel behaviour to {@code settings.plantedPerBehaviour()} customers.
     * Basket and channel behaviours go to ordinary-timeline customers or to timelines with enough orders.
     */
    static Population plan(GeneratorSettings settings) {
        int n = settings.customers();
        int each = settings.plantedPerBehaviour();
        SplittableRandom random = RandomStreams.of(settings.seed(), RandomStreams.Purpose.PLAN);
        Population population = new Population(new int[n]);
        population.assign(timelines(), each, RandomStreams.permutation(n, random), Set.of());
        population.assign(group(Behaviour.Group.BASKET), each, RandomStreams.permutation(n, random), BASKET_HOSTS);
        population.assign(group(Behaviour.Group.CHANNEL), each, RandomStreams.permutation(n, random),
                CHANNEL_HOSTS);
        return population;
    }

    static String id(int customer) {
        return CsvFiles.id("C", customer + 1, 6);
    }

    int size() {
        return masks.length;
    }

    boolean has(int customer, Behaviour behaviour) {
        return (masks[customer] & behaviour.bit()) != 0;
    }

    boolean isPlanted(int customer) {
        return masks[customer] != 0;
    }

    void give(int customer, Behaviour behaviour) {
        masks[customer] |= behaviour.bit();
    }

    /** The customer's timeline behaviour; empty for an ordinary buying pattern. */
    Optional<Behaviour> timeline(int customer) {
        for (Behaviour behaviour : TIMELINES) {
            if (has(customer, behaviour)) {
                return Optional.of(behaviour);
            }
        }
        return Optional.empty();
    }

    /** Ordinary-timeline customers with a basket or channel behaviour need enough orders to show it. */
    int minimumOrders(int customer) {
        return (masks[customer] & BASKET_OR_CHANNEL) != 0 ? 6 : 1;
    }

    private void assign(List<Behaviour> behaviours, int each, int[] order, Set<Behaviour> hostTimelines) {
        int next = 0;
        for (Behaviour behaviour : behaviours) {
            for (int given = 0; given < each && next < order.length; next++) {
                given += giveIfAccepted(order[next], behaviour, hostTimelines);
            }
        }
    }

    private int giveIfAccepted(int customer, Behaviour behaviour, Set<Behaviour> hostTimelines) {
        if (!acceptsMore(customer, hostTimelines)) {
            return 0;
        }
        give(customer, behaviour);
        return 1;
    }

    private boolean acceptsMore(int customer, Set<Behaviour> hostTimelines) {
        if (hostTimelines.isEmpty()) {
            return true;
        }
        Optional<Behaviour> timeline = timeline(customer);
        boolean hostsIt = timeline.map(hostTimelines::contains).orElse(true);
        return hostsIt && (masks[customer] & BASKET_OR_CHANNEL) == 0;
    }

    static List<Behaviour> timelines() {
        return TIMELINES;
    }

    private static int maskOf(Behaviour.Group group) {
        return group(group).stream().mapToInt(Behaviour::bit).reduce(0, (left, right) -> left | right);
    }

    private static List<Behaviour> group(Behaviour.Group group) {
        return Arrays.stream(Behaviour.values()).filter(behaviour -> behaviour.group() == group).toList();
    }
}
