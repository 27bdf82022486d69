package com.clientele.strategy;

import java.util.List;

/**
 * A refused part of a mutation's input, Shopify style: {@code field} is the path to the offending input field
 * (e.g. {@code ["input", "zh", "name"]}), {@code message} says what is wrong in plain words.
 */
public record UserError(List<String> field, String message, StrategyErrorCode code) {

    public UserError {
        field = List.copyOf(field);
    }
}
