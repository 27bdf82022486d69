package com.clientele.place;

/** What a row of the place table is: a region (province or state) or a city within a region. */
public enum PlaceKind {
    /** A province, municipality, autonomous region, special administrative region or state. */
    REGION,
    /** A city, which belongs to one region. */
    CITY
}
