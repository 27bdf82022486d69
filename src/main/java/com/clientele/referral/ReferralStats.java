package com.clientele.referral;

import com.clientele.neo4j.Values;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/**
 * A customer's stored referral metrics (see docs/influence.md) next to their own value, the two axes of the
 * influence grid. A customer who referred nobody has zero counts and revenue and no rate or dates.
 */
public record ReferralStats(
        int directReferrals,
        int convertedReferrals,
        Double referralConversionRate,
        int referralReach,
        int cascadeDepth,
        double directReferredRevenue,
        double cascadeRevenue,
        double decayedCascadeRevenue,
        Integer daysToFirstReferral,
        LocalDate firstReferralDate,
        LocalDate lastReferralDate,
        double ownValue,
        String ownValueBasis) {

    /** Maps the map of {@code referral/stats-by-ids}. */
    static ReferralStats from(Value stats) {
        boolean predicted = !stats.get("predictedClv").isNull();
        return new ReferralStats(
                count(stats, "directReferrals"),
                count(stats, "convertedReferrals"),
                Values.optionalNumber(stats, "referralConversionRate"),
                count(stats, "referralReach"),
                count(stats, "cascadeDepth"),
                Values.number(stats, "directReferredRevenue", 0.0),
                Values.number(stats, "cascadeRevenue", 0.0),
                Values.number(stats, "decayedCascadeRevenue", 0.0),
                Values.integer(stats, "daysToFirstReferral"),
                Values.date(stats, "firstReferralDate"),
                Values.date(stats, "lastReferralDate"),
                Values.number(stats, predicted ? "predictedClv" : "monetary", 0.0),
                predicted ? "PREDICTED_CLV" : "MONETARY");
    }

    private static int count(Value stats, String key) {
        Integer value = Values.integer(stats, key);
        return value == null ? 0 : value;
    }
}
