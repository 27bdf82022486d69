package com.clientele.clv;

import java.time.LocalDate;

/** One purchase as the CLV summariser sees it: who, on which day, for how much. */
public record Purchase(String customerId, LocalDate date, double amount) {

    public Purchase {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("a purchase needs a customer id");
        }
        if (date == null) {
            throw new IllegalArgumentException("purchase of customer " + customerId + " has no date");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("purchase of customer " + customerId + " has a non-finite amount");
        }
    }
}
