package com.clientele.referral;

import java.time.LocalDate;

/** One referral: the referrer brought the referred customer on the given date. */
public record Referral(String referrerId, String referredId, LocalDate referredAt) {
}
