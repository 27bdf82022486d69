package com.clientele.clv;

/** Guards the rule that no public CLV number is ever NaN or infinite: a non-finite result is a clear error instead. */
final class Finite {

    private Finite() {
    }

    static double require(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " is not a finite number (" + value + ")");
        }
        return value;
    }

    static double requirePositive(double value, String what) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, was " + value);
        }
        return value;
    }

    static double requireNonNegative(double value, String what) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(what + " must be a finite number >= 0, was " + value);
        }
        return value;
    }
}
