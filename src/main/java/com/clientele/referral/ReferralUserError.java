package com.clientele.referral;

import java.util.List;

/**
 * A refused part of recordReferral's input: {@code field} is the path to the offending input field (e.g.
 * {@code ["input", "referredId"]}), {@code message} says what is wrong in plain words, {@code code} is stable.
 */
public record ReferralUserError(List<String> field, String message, ReferralErrorCode code) {

    public ReferralUserError {
        field = List.copyOf(field);
    }
}
