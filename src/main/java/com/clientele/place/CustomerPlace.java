package com.clientele.place;

/** Where a customer lives as canonical places: the region and the city, each null when not resolved. */
public record CustomerPlace(Place region, Place city) {

    /** The places of a customer's stored ids; an id the table no longer has reads as unresolved. */
    public static CustomerPlace of(PlaceTable table, String regionId, String cityId) {
        return new CustomerPlace(table.byId(regionId).orElse(null), table.byId(cityId).orElse(null));
    }
}
