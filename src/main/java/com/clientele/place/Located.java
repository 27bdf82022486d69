package com.clientele.place;

/**
 * Something stored with the ids of its canonical place (a customer): what {@code Customer.place} resolves against
 * the place table. Either id may be null (no place known, or a region without a city).
 */
public interface Located {

    String regionId();

    String cityId();
}
