package com.clientele.customer;

import java.util.Optional;

/** Age bands the API filters and reports by, derived from the birth year and the current year. */
public enum AgeBand {
    UNDER_25(0, 24),
    AGE_25_34(25, 34),
    AGE_35_44(35, 44),
    AGE_45_54(45, 54),
    AGE_55_64(55, 64),
    AGE_65_PLUS(65, 150);

    private final int minAge;
    private final int maxAge;

    AgeBand(int minAge, int maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    /** The band of someone born in {@code birthYear}, in {@code currentYear}; empty when the birth year is unknown. */
    public static Optional<AgeBand> of(Integer birthYear, int currentYear) {
        if (birthYear == null) {
            return Optional.empty();
        }
        int age = currentYear - birthYear;
        for (AgeBand band : values()) {
            if (age >= band.minAge && age <= band.maxAge) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /** The inclusive range of birth years {@code [earliest, latest]} in this band, in {@code currentYear}. */
    public int[] birthYears(int currentYear) {
        return new int[] {currentYear - maxAge, currentYear - minAge};
    }
}
