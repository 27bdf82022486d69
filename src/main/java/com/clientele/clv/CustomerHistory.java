package com.clientele.clv;

import java.util.OptionalDouble;

/**
 * What the CLV models know of one customer at the end of the calibration period, in {@code unit}:
 * {@code x} repeat purchases (distinct purchase days minus one), {@code tx} the time of the last purchase since the
 * first, {@code T} the customer's age (calibration end minus first purchase), and the mean value of the repeat
 * purchases (absent when x = 0). Invalid combinations are rejected when the record is built.
 */
public record CustomerHistory(int x, double tx, double T, OptionalDouble meanRepeatSpend, ClvTimeUnit unit) {

    public CustomerHistory {
        if (unit == null || meanRepeatSpend == null) {
            throw new IllegalArgumentException("a customer history needs a time unit and a (possibly empty) mean spend");
        }
        if (x < 0) {
            throw new IllegalArgumentException("repeat purchase count x must be >= 0, was " + x);
        }
        if (!Double.isFinite(tx) || !Double.isFinite(T) || tx < 0 || tx > T) {
            throw new IllegalArgumentException("need 0 <= tx <= T (finite), was tx=" + tx + ", T=" + T);
        }
        if (x == 0 && (tx != 0 || meanRepeatSpend.isPresent())) {
            throw new IllegalArgumentException("a customer without repeat purchases has tx = 0 and no repeat spend");
        }
        if (meanRepeatSpend.isPresent() && !Double.isFinite(meanRepeatSpend.getAsDouble())) {
            throw new IllegalArgumentException("mean repeat spend must be finite");
        }
    }

    /** A history without spend information (enough for BG/NBD). */
    public static CustomerHistory of(int x, double tx, double T, ClvTimeUnit unit) {
        return new CustomerHistory(x, tx, T, OptionalDouble.empty(), unit);
    }

    /** A history with the mean repeat spend; the spend is ignored when x = 0. */
    public static CustomerHistory withSpend(int x, double tx, double T, double meanRepeatSpend, ClvTimeUnit unit) {
        OptionalDouble spend = x > 0 ? OptionalDouble.of(meanRepeatSpend) : OptionalDouble.empty();
        return new CustomerHistory(x, tx, T, spend, unit);
    }

    public boolean isRepeatBuyer() {
        return x > 0;
    }
}
