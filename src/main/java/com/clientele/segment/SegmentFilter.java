package com.clientele.segment;

import com.clientele.customer.AgeBand;
import com.clientele.customer.CustomerConditions;
import com.clientele.place.PlaceFilter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a custom segment (GraphQL {@code SegmentFilter}), all optional and combined with AND; a list
 * matches any of its values. Enum values are kept as their names. Stored on saved segments as JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentFilter(
        List<String> valueTiers,
        List<String> rfmSegments,
        List<String> lifecycles,
        List<String> behaviours,
        List<String> breadths,
        List<String> channels,
        List<String> churnRisks,
        List<String> influenceClasses,
        List<String> regions,
        List<String> cities,
        List<String> ageBands,
        List<String> genders,
        List<String> incomeBands,
        Boolean discountSeeking,
        Boolean newProductSeeking,
        Double minBreadthScore,
        Double maxBreadthScore,
        List<String> favouriteCategoryIds,
        Double minMonetary,
        Double maxMonetary,
        Integer minOrders,
        Integer maxOrders,
        Integer minRecencyDays,
        Integer maxRecencyDays) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads the GraphQL input (enum values arrive as names); an absent input is the filter matching everyone. */
    public static SegmentFilter fromInput(Map<String, Object> input) {
        return JSON.convertValue(input == null ? Map.of() : input, SegmentFilter.class);
    }

    public static SegmentFilter fromJson(String json) {
        try {
            return JSON.readValue(json, SegmentFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved segment's filter is not readable JSON: " + e.getMessage(), e);
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The conditions of the customer list statements; region and city spellings resolved through {@code places}. */
    public CustomerConditions toConditions(int currentYear, PlaceFilter places) {
        return CustomerConditions.none()
                .anyOf(valueTiers, "valueTier").anyOf(rfmSegments, "rfmSegment").anyOf(lifecycles, "lifecycle")
                .anyOf(behaviours, "behaviour").anyOf(breadths, "breadth").anyOf(channels, "channelClass")
                .anyOf(churnRisks, "churnRisk").anyOf(influenceClasses, "influenceClass")
                .inRegions(regions, places).inCities(cities, places)
                .inAgeBands(ageBands == null ? null : ageBands.stream().map(AgeBand::valueOf).toList(), currentYear)
                .anyOf(genders, "gender").anyOf(incomeBands, "incomeBand")
                .anyOf(discountSeeking == null ? null : List.of(discountSeeking), "discountSeeking")
                .anyOf(newProductSeeking == null ? null : List.of(newProductSeeking), "newProductSeeking")
                .between("breadthScore", minBreadthScore, maxBreadthScore)
                .anyOf(favouriteCategoryIds, "favouriteCategoryId")
                .between("monetary", minMonetary, maxMonetary)
                .between("orderCount", minOrders, maxOrders)
                .between("recencyDays", minRecencyDays, maxRecencyDays);
    }
}
