package com.clientele.strategy;

/**
 * One customer's classes: one class of each of the six main dimensions, optionally its churn risk and influence
 * class (null until those models have run), and its preference flags. Every class must be a class of its
 * dimension in docs/classes.md.
 */
public record CustomerClasses(
        String valueTier,
        String rfmSegment,
        String lifecycle,
        String behaviour,
        String breadth,
        String channel,
        String churnRisk,
        String influence,
        boolean discountSeeking,
        boolean newProductSeeking,
        String favouriteCategory) {

    public CustomerClasses {
        require(SegmentDimension.VALUE_TIER, valueTier);
        require(SegmentDimension.RFM_SEGMENT, rfmSegment);
        require(SegmentDimension.LIFECYCLE, lifecycle);
        require(SegmentDimension.BEHAVIOUR, behaviour);
        require(SegmentDimension.BREADTH, breadth);
        require(SegmentDimension.CHANNEL, channel);
        if (churnRisk != null) {
            require(SegmentDimension.CHURN_RISK, churnRisk);
        }
        if (influence != null) {
            require(SegmentDimension.INFLUENCE, influence);
        }
    }

    /** A customer known by the six main dimensions only: no churn risk, no influence, no preferences. */
    public static CustomerClasses of(String valueTier, String rfmSegment, String lifecycle, String behaviour,
            String breadth, String channel) {
        return new CustomerClasses(valueTier, rfmSegment, lifecycle, behaviour, breadth, channel, null, null,
                false, false, null);
    }

    public CustomerClasses withChurnRisk(String risk) {
        return new CustomerClasses(valueTier, rfmSegment, lifecycle, behaviour, breadth, channel, risk, influence,
                discountSeeking, newProductSeeking, favouriteCategory);
    }

    public CustomerClasses withInfluence(String influenceClass) {
        return new CustomerClasses(valueTier, rfmSegment, lifecycle, behaviour, breadth, channel, churnRisk,
                influenceClass, discountSeeking, newProductSeeking, favouriteCategory);
    }

    public CustomerClasses withPreferences(boolean seeksDiscounts, boolean seeksNewProducts, String category) {
        return new CustomerClasses(valueTier, rfmSegment, lifecycle, behaviour, breadth, channel, churnRisk,
                influence, seeksDiscounts, seeksNewProducts, category);
    }

    /** The customer's class in a dimension; null for CHURN_RISK or INFLUENCE when not known yet. */
    public String classIn(SegmentDimension dimension) {
        return switch (dimension) {
            case VALUE_TIER -> valueTier;
            case RFM_SEGMENT -> rfmSegment;
            case LIFECYCLE -> lifecycle;
            case BEHAVIOUR -> behaviour;
            case BREADTH -> breadth;
            case CHANNEL -> channel;
            case CHURN_RISK -> churnRisk;
            case INFLUENCE -> influence;
        };
    }

    private static void require(SegmentDimension dimension, String className) {
        if (className == null || !dimension.hasClass(className)) {
            throw new IllegalArgumentException(dimension + " class '" + className + "' is not one of "
                    + dimension.classes());
        }
    }
}
