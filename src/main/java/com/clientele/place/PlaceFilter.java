package com.clientele.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Region and city conditions of the customer, segment and referrer filters, turned into the values stored customers
 * are matched by: a spelling the place table knows becomes its canonical id (matched against the customers'
 * {@code regionId} / {@code cityId}, so every spelling of the place matches); any other text stays as given and
 * matches the typed {@code region} / {@code city} exactly. The statements read
 * {@code c.regionId IN $regions OR c.region IN $regions}.
 */
public final class PlaceFilter {

    private final PlaceTable table;

    public PlaceFilter(PlaceTable table) {
        this.table = table;
    }

    /** A copy of a statement's parameters with its {@code regions} and {@code cities} lists resolved. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> apply(Map<String, Object> parameters) {
        Map<String, Object> resolved = new HashMap<>(parameters);
        if (parameters.get("regions") instanceof List<?> regions) {
            resolved.put("regions", regions((List<String>) regions));
        }
        if (parameters.get("cities") instanceof List<?> cities) {
            resolved.put("cities", cities((List<String>) cities));
        }
        return resolved;
    }

    /** Each given region as its canonical id, or as given when the table does not know it. */
    public List<String> regions(List<String> given) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        given.forEach(region -> values.add(table.region(region).map(Place::id).orElse(region)));
        return new ArrayList<>(values);
    }

    /** Each given city as the ids of every city it names (one spelling may name cities of several regions). */
    public List<String> cities(List<String> given) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String city : given) {
            List<Place> named = table.cities(city);
            if (named.isEmpty()) {
                values.add(city);
            }
            named.forEach(place -> values.add(place.id()));
        }
        return new ArrayList<>(values);
    }
}
