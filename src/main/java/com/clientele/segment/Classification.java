package com.clientele.segment;

/**
 * A customer's class in every dimension, plus the RFM scores and preference flags behind them.
 * RFM scores are null for prospects.
 */
public record Classification(
        String customerId,
        ValueTier valueTier,
        Integer recencyScore,
        Integer frequencyScore,
        Integer monetaryScore,
        RfmSegment rfmSegment,
        Lifecycle lifecycle,
        Behaviour behaviour,
        Breadth breadth,
        ChannelClass channel,
        boolean discountSeeking,
        boolean newProductSeeking,
        String favouriteCategoryId) {

    /** The class names by dimension, in the shape stored on snapshots and compared for transitions. */
    public java.util.Map<String, String> classesByDimension() {
        return java.util.Map.of(
                "VALUE_TIER", valueTier.name(),
                "RFM_SEGMENT", rfmSegment.name(),
                "LIFECYCLE", lifecycle.name(),
                "BEHAVIOUR", behaviour.name(),
                "BREADTH", breadth.name(),
                "CHANNEL", channel.name());
    }
}
