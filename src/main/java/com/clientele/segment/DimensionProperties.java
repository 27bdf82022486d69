package com.clientele.segment;

import com.clientele.vocabulary.SegmentDimension;
import java.util.EnumMap;
import java.util.Map;

/**
 * The :Customer property holding each dimension's class: the six the segment refresh writes
 * ({@link ClassificationProperties#DIMENSION_PROPERTIES}), {@code churnRisk} written by the CLV refit and
 * {@code influenceClass} written by the referral refresh. Each one is indexed (cypher/schema/03x, 044, 046).
 */
public final class DimensionProperties {

    private static final Map<SegmentDimension, String> PROPERTIES = properties();

    private DimensionProperties() {
    }

    /** The property holding the dimension's class, e.g. {@code channelClass} for CHANNEL. */
    public static String of(SegmentDimension dimension) {
        return PROPERTIES.get(dimension);
    }

    private static Map<SegmentDimension, String> properties() {
        Map<SegmentDimension, String> properties = new EnumMap<>(SegmentDimension.class);
        ClassificationProperties.DIMENSION_PROPERTIES.forEach((dimension, property) ->
                properties.put(SegmentDimension.valueOf(dimension), property));
        properties.put(SegmentDimension.CHURN_RISK, "churnRisk");
        properties.put(SegmentDimension.INFLUENCE, "influenceClass");
        return Map.copyOf(properties);
    }
}
