package com.clientele.clv;

/**
 * The unit in which a {@link CustomerHistory} measures time, and so the unit of every model parameter fitted on it
 * (BG/NBD's alpha is a number of these units). A day is the grain of the data: a duration of n days is n / daysPerUnit.
 * {@link #unitsPerMonth()} is the step the lifetimes library uses for monthly CLV (30 days, 4.345 weeks, 1 month).
 */
public enum ClvTimeUnit {
    DAYS(1.0, 30.0),
    WEEKS(7.0, 4.345),
    MONTHS(365.25 / 12.0, 1.0);

    private final double daysPerUnit;
    private final double unitsPerMonth;

    ClvTimeUnit(double daysPerUnit, double unitsPerMonth) {
        this.daysPerUnit = daysPerUnit;
        this.unitsPerMonth = unitsPerMonth;
    }

    /** A duration of the given number of days in this unit. */
    public double fromDays(double days) {
        return days / daysPerUnit;
    }

    public double daysPerUnit() {
        return daysPerUnit;
    }

    public double unitsPerMonth() {
        return unitsPerMonth;
    }
}
