package com.clientele.seed;

import java.util.Arrays;

/**
 * Customers sorted by sign-up day (ties by number), with look-ups of who signed up before or after a day.
 * Referrals only ever point forward in this order, which is what keeps them free of cycles.
 */
final class SignupOrder {

    private final int[] signupDays;
    private final int[] customers;
    private final int[] sortedDays;

    SignupOrder(int[] signupDays) {
        this.signupDays = signupDays;
        long[] keys = new long[signupDays.length];
        for (int c = 0; c < signupDays.length; c++) {
            keys[c] = ((long) signupDays[c] << 32) | c;
        }
        Arrays.sort(keys);
        this.customers = new int[keys.length];
        this.sortedDays = new int[keys.length];
        for (int position = 0; position < keys.length; position++) {
            customers[position] = (int) keys[position];
            sortedDays[position] = (int) (keys[position] >> 32);
        }
    }

    int size() {
        return customers.length;
    }

    int customerAt(int position) {
        return customers[position];
    }

    int signupDay(int customer) {
        return signupDays[customer];
    }

    /** The first position whose customer signed up on or after the day (size() if none did). */
    int firstOnOrAfter(int day) {
        int low = 0;
        int high = sortedDays.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedDays[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
