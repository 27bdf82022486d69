package com.clientele.referral;

import com.clientele.graphql.ClientException;
import com.clientele.vocabulary.SegmentDimension;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topReferrers filter: any of these value tiers, lifecycles, regions and influence classes (absent = any),
 * and a last referral on or after {@code referredSince}.
 */
public record ReferrerFilter(List<String> valueTiers, List<String> lifecycles, List<String> regions,
        List<String> influenceClasses, LocalDate referredSince) {

    public static final ReferrerFilter NONE = new ReferrerFilter(null, null, null, null, null);

    /** Reads the GraphQL input; unknown class names are a clear BAD_USER_INPUT error. */
    @SuppressWarnings("unchecked")
    public static ReferrerFilter fromInput(Map<String, Object> input) {
        if (input == null) {
            return NONE;
        }
        return new ReferrerFilter(
                classes(SegmentDimension.VALUE_TIER, "valueTiers", (List<String>) input.get("valueTiers")),
                classes(SegmentDimension.LIFECYCLE, "lifecycles", (List<String>) input.get("lifecycles")),
                (List<String>) input.get("regions"),
                classes(SegmentDimension.INFLUENCE, "influenceClasses", (List<String>) input.get("influenceClasses")),
                (LocalDate) input.get("referredSince"));
    }

    Map<String, Object> toParameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("valueTiers", valueTiers);
        parameters.put("lifecycles", lifecycles);
        parameters.put("regions", regions);
        parameters.put("influenceClasses", influenceClasses);
        parameters.put("referredSince", referredSince);
        return parameters;
    }

    private static List<String> classes(SegmentDimension dimension, String field, List<String> values) {
        if (values == null) {
            return null;
        }
        for (String value : values) {
            if (!dimension.hasClass(value)) {
                throw ClientException.badInput("filter." + field + ": '" + value + "' is not one of "
                        + dimension.classes());
            }
        }
        return List.copyOf(values);
    }
}
