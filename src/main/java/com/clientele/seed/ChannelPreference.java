package com.clientele.seed;

/**
 * The channel a customer said they prefer at sign-up: forced by a planted channel behaviour, otherwise
 * ONLINE for about two thirds of customers.
 */
final class ChannelPreference {

    static final String ONLINE = "ONLINE";
    static final String OFFLINE = "OFFLINE";

    private final long seed;
    private final Population population;

    ChannelPreference(long seed, Population population) {
        this.seed = seed;
        this.population = population;
    }

    String preferred(int customer) {
        if (population.has(customer, Behaviour.ONLINE_ONLY)) {
            return ONLINE;
        }
        if (population.has(customer, Behaviour.OFFLINE_ONLY)) {
            return OFFLINE;
        }
        double draw = RandomStreams.of(seed, RandomStreams.Purpose.CHANNEL, customer).nextDouble();
        return draw < 0.65 ? ONLINE : OFFLINE;
    }
}
