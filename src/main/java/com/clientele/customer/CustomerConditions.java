package com.clientele.customer;

import com.clientele.place.PlaceFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conditions on stored customer properties, all combined with AND, in the one shape every customer list statement
 * reads (cypher/customer/sorted/*): {@code $anyOf} (a property, or any of several, holds one of the values),
 * {@code $within} (a property lies in one of the ranges, bounds inclusive, either bound optional),
 * {@code $nameContains} (case-insensitive) and {@code $ids}. A condition whose values are null is absent; an empty
 * list of values matches nobody. Features translate their filters into these conditions; the statements stay fixed.
 */
public final class CustomerConditions {

    /** One "any of" condition: one of {@code keys} holds one of {@code values}. */
    public record AnyOf(List<String> keys, List<?> values) {
    }

    private final List<AnyOf> anyOf = new ArrayList<>();
    private final List<Map<String, Object>> within = new ArrayList<>();
    private String nameContains;
    private List<String> ids;

    /** The conditions every customer meets. */
    public static CustomerConditions none() {
        return new CustomerConditions();
    }

    /** One of the properties {@code keys} holds one of {@code values}; nothing when {@code values} is null. */
    public CustomerConditions anyOf(List<?> values, String... keys) {
        if (values != null) {
            anyOf.add(new AnyOf(List.of(keys), List.copyOf(values)));
        }
        return this;
    }

    /** {@code key} lies between {@code min} and {@code max} inclusive; a null bound is open. */
    public CustomerConditions between(String key, Object min, Object max) {
        if (min == null && max == null) {
            return this;
        }
        return withinAny(key, List.of(bound(min, max)));
    }

    /** {@code key} lies in one of the ranges, each a {@code [min, max]} pair; nothing when {@code ranges} is null. */
    public CustomerConditions withinRanges(String key, List<? extends List<?>> ranges) {
        if (ranges == null) {
            return this;
        }
        return withinAny(key, ranges.stream().map(range -> bound(range.get(0), range.get(1))).toList());
    }

    /** The customer lives in one of the regions, each matched as the place table resolves it or as typed. */
    public CustomerConditions inRegions(List<String> regions, PlaceFilter places) {
        return anyOf(regions == null ? null : places.regions(regions), "regionId", "region");
    }

    /** The customer lives in one of the cities, each matched as the place table resolves it or as typed. */
    public CustomerConditions inCities(List<String> cities, PlaceFilter places) {
        return anyOf(cities == null ? null : places.cities(cities), "cityId", "city");
    }

    /** The customer's birth year falls in one of the age bands as of {@code currentYear}. */
    public CustomerConditions inAgeBands(List<AgeBand> bands, int currentYear) {
        return withinRanges("birthYear", bands == null ? null : bands.stream()
                .map(band -> band.birthYears(currentYear)).map(years -> List.of(years[0], years[1])).toList());
    }

    public CustomerConditions nameContaining(String text) {
        this.nameContains = text;
        return this;
    }

    /** Only the customers with these ids; read through the id index instead of a sorted index. */
    public CustomerConditions idIn(List<String> customerIds) {
        this.ids = customerIds == null ? null : List.copyOf(customerIds);
        return this;
    }

    public boolean hasIds() {
        return ids != null;
    }

    public boolean isEmpty() {
        return anyOf.isEmpty() && within.isEmpty() && nameContains == null && ids == null;
    }

    /** The single "any of" condition, when it is the only condition there is. */
    public Optional<AnyOf> onlyAnyOf() {
        boolean single = anyOf.size() == 1 && within.isEmpty() && nameContains == null && ids == null;
        return single ? Optional.of(anyOf.get(0)) : Optional.empty();
    }

    /** The parameters {@code $anyOf}, {@code $within}, {@code $nameContains} and {@code $ids}. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("anyOf", anyOf.stream()
                .map(condition -> Map.of("keys", condition.keys(), "values", condition.values())).toList());
        parameters.put("within", List.copyOf(within));
        parameters.put("nameContains", nameContains);
        parameters.put("ids", ids);
        return parameters;
    }

    private CustomerConditions withinAny(String key, List<Map<String, Object>> bounds) {
        within.add(Map.of("key", key, "bounds", bounds));
        return this;
    }

    private static Map<String, Object> bound(Object min, Object max) {
        Map<String, Object> bound = new HashMap<>();
        bound.put("min", min);
        bound.put("max", max);
        return bound;
    }
}
