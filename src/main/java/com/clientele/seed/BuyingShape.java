package com.clientele.seed;

import java.util.BitSet;

/**
 * How the customers without a planted behaviour buy. In the seed's own shape each follows
 * {@link OrdinaryTimeline#make}. In the one-time shape ({@link GeneratorSettings#oneTimeShare()}) exactly
 * round(share x buyers) of them buy on one day only, picked by a reproducible shuffle of their own random stream,
 * and every other one buys on at least two days; so the share of buyers with a single purchase day is the asked
 * share, plus the few planted newcomers whose 1..3 orders fell on one day.
 */
final class BuyingShape {

    private final boolean oneTimeShape;
    private final BitSet buyOnce;

    private BuyingShape(boolean oneTimeShape, BitSet buyOnce) {
        this.oneTimeShape = oneTimeShape;
        this.buyOnce = buyOnce;
    }

    /** The shape the settings ask for; every customer but the planted prospects places at least one order. */
    static BuyingShape plan(GeneratorSettings settings, Population population) {
        if (settings.oneTimeShare() == null) {
            return new BuyingShape(false, new BitSet());
        }
        int buyers = population.size() - settings.plantedPerBehaviour();
        long wanted = Math.round(settings.oneTimeShare() * buyers);
        int[] order = RandomStreams.permutation(population.size(),
                RandomStreams.of(settings.seed(), RandomStreams.Purpose.SHAPE));
        BitSet buyOnce = new BitSet(population.size());
        long chosen = 0;
        for (int position = 0; position < order.length && chosen < wanted; position++) {
            if (!population.isPlanted(order[position])) {
                buyOnce.set(order[position]);
                chosen++;
            }
        }
        return new BuyingShape(true, buyOnce);
    }

    /** The timeline of a customer without a planted timeline behaviour. */
    CustomerTimeline ordinary(OrdinaryTimeline timeline, int customer, int minimumOrders) {
        if (!oneTimeShape) {
            return timeline.make(minimumOrders);
        }
        return buyOnce.get(customer) ? timeline.once() : timeline.repeated(minimumOrders);
    }
}
