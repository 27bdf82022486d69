package com.clientele.vocabulary;


/**
 * One customer's classes: one class of each of the six main dimensions, optionally its churn risk and influence
 * class (null until those models have run), and its preference flags with the display names of its favourite
 * category (null for none). Every class must be a class of its dimension in docs/classes.md.
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
        DisplayName favouriteCategory) {

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

    public CustomerClasses withPreferences(boolean seeksDiscounts, boolean seeksNewProducts, DisplayName category) {
        return new CustomerClasses(valueTier, rfmSegment, lifecycle, behaviour, breadth, channel, churnRisk,
                influence, seeksDiscounts, seeksNewProducts, category);
    }

    /** Like {@link #withPreferences(boolean, boolean, DisplayName)} with a category named alike in every language. */
    public CustomerClasses withPreferences(boolean seeksDiscounts, boolean seeksNewProducts, String category) {
        return withPreferences(seeksDiscounts, seeksNewProducts,
                category == null || category.isBlank() ? null : DisplayName.same(category));
    }

    /** A prospect has not bought anything yet: the rules call them a prospect, not by their (low) value tier. */
    public boolean isProspect() {
        return "PROSPECT".equals(lifecycle);
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
