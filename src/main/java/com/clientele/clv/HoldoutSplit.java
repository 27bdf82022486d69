package com.clientele.clv;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the refit's holdout check cuts the shop's history: the later {@link #SHARE} of the days from the first
 * purchase to the calibration end, at most {@link #MAX_HOLDOUT_DAYS}, is the holdout (on CDNOW's 78 weeks this is
 * the published 39 / 39 split); there is none when either part would be shorter than {@link #MIN_DAYS}.
 */
record HoldoutSplit(LocalDate calibrationEnd, LocalDate holdoutEnd, int holdoutDays) {

    static final double SHARE = 0.5;
    static final int MAX_HOLDOUT_DAYS = 364;
    static final int MIN_DAYS = 28;

    static Optional<HoldoutSplit> of(Map<String, List<LocalDate>> purchaseDays, LocalDate end) {
        Optional<LocalDate> first = purchaseDays.values().stream().map(days -> days.get(0)).min(LocalDate::compareTo);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        long span = ChronoUnit.DAYS.between(first.get(), end);
        int holdout = (int) Math.min(MAX_HOLDOUT_DAYS, Math.ceil(span * SHARE));
        if (holdout < MIN_DAYS || span - holdout < MIN_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new HoldoutSplit(end.minusDays(holdout), end, holdout));
    }

    /** The customer's history at the split (absent when their first purchase is after it). */
    Optional<CustomerHistory> calibration(List<LocalDate> days, ClvTimeUnit unit) {
        if (days.get(0).isAfter(calibrationEnd)) {
            return Optional.empty();
        }
        int last = 0;
        while (last + 1 < days.size() && !days.get(last + 1).isAfter(calibrationEnd)) {
            last++;
        }
        double tx = unit.fromDays(ChronoUnit.DAYS.between(days.get(0), days.get(last)));
        double age = unit.fromDays(ChronoUnit.DAYS.between(days.get(0), calibrationEnd));
        return Optional.of(CustomerHistory.of(last, tx, age, unit));
    }

    /** Purchase days in the holdout by week: entry k counts the days in week k + 1 (the last week may be short). */
    int[] holdoutWeeks(List<LocalDate> days) {
        int[] weeks = new int[weeks()];
        for (LocalDate day : days) {
            long offset = ChronoUnit.DAYS.between(calibrationEnd, day);
            if (offset >= 1 && offset <= holdoutDays) {
                weeks[(int) ((offset - 1) / 7)]++;
            }
        }
        return weeks;
    }

    int weeks() {
        return (holdoutDays + 6) / 7;
    }
}
