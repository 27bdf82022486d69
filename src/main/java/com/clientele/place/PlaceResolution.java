package com.clientele.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's typed region and city resolved to canonical place ids through the {@link PlaceTable}, with a
 * warning for every spelling the table does not know (the typed text is kept; it just groups with nothing else).
 * A city is looked for in the customer's region; without a known region, a spelling that names one city only
 * resolves, and the region is then taken from the city.
 */
public record PlaceResolution(String regionId, String cityId, List<String> warnings) {

    public PlaceResolution {
        warnings = List.copyOf(warnings);
    }

    public static PlaceResolution of(PlaceTable table, String region, String city) {
        List<String> warnings = new ArrayList<>();
        Optional<Place> regionPlace = blank(region) ? Optional.empty() : table.region(region);
        if (!blank(region) && regionPlace.isEmpty()) {
            warnings.add("region '" + region + "' is not in the place table: kept as typed, grouped with no other"
                    + " spelling");
        }
        Optional<Place> cityPlace = blank(city) ? Optional.empty() : city(table, city, regionPlace, warnings);
        String regionId = regionPlace.map(Place::id)
                .orElse(blank(region) ? cityPlace.map(Place::regionId).orElse(null) : null);
        return new PlaceResolution(regionId, cityPlace.map(Place::id).orElse(null), warnings);
    }

    private static Optional<Place> city(PlaceTable table, String city, Optional<Place> region, List<String> warnings) {
        List<Place> named = table.cities(city);
        if (region.isPresent()) {
            Optional<Place> inRegion = named.stream().filter(place -> place.regionId().equals(region.get().id()))
                    .findFirst();
            if (inRegion.isEmpty()) {
                warnings.add("city '" + city + "' is not a city of " + region.get().nameEn() + " in the place table:"
                        + " kept as typed, grouped with no other spelling");
            }
            return inRegion;
        }
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        warnings.add(named.isEmpty()
                ? "city '" + city + "' is not in the place table: kept as typed, grouped with no other spelling"
                : "city '" + city + "' names cities of several regions; give the region to tell which");
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
