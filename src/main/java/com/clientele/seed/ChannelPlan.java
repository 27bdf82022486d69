package com.clientele.seed;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Decides which of a customer's orders are online. Online-only and offline-only customers never switch;
 * a mixed-channel customer has between 30 % and 70 % of orders online, exactly; everyone else uses their
 * preferred channel for about 85 % of orders.
 */
final class ChannelPlan {

    private final Population population;
    private final ChannelPreference preferences;

    ChannelPlan(Population population, ChannelPreference preferences) {
        this.population = population;
        this.preferences = preferences;
    }

    boolean[] onlineFlags(int customer, int orders, SplittableRandom random) {
        boolean[] online = new boolean[orders];
        if (population.has(customer, Behaviour.ONLINE_ONLY)) {
            Arrays.fill(online, true);
            return online;
        }
        if (population.has(customer, Behaviour.OFFLINE_ONLY)) {
            return online;
        }
        if (population.has(customer, Behaviour.MIXED_CHANNEL)) {
            return mixed(orders, random);
        }
        boolean prefersOnline = ChannelPreference.ONLINE.equals(preferences.preferred(customer));
        for (int i = 0; i < orders; i++) {
            online[i] = random.nextDouble() < 0.85 == prefersOnline;
        }
        return online;
    }

    private static boolean[] mixed(int orders, SplittableRandom random) {
        int atLeast = (int) Math.ceil(orders * 0.3);
        int wanted = (int) Math.round(orders * (0.35 + random.nextDouble() * 0.3));
        int onlineCount = Math.max(atLeast, Math.min(orders - atLeast, wanted));
        int[] order = RandomStreams.permutation(orders, random);
        boolean[] online = new boolean[orders];
        for (int i = 0; i < onlineCount; i++) {
            online[order[i]] = true;
        }
        return online;
    }
}
