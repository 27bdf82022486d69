package com.clientele.referral;

/**
 * The merchant's referral programme in figures. A referral is the only invitation the graph records, so invites
 * per referrer is referrals / referrers, and the K-factor is invites per referrer × the share of referred customers
 * who bought. Mean values are mean spend so far (monetary), prospects counted as 0.
 */
public record ReferralProgrammeKpis(
        int customers,
        int referredCustomers,
        double shareAcquiredByReferral,
        int referrers,
        int referrals,
        double invitesPerReferrer,
        double referralConversionRate,
        double kFactor,
        Double meanValueReferred,
        Double meanValueNotReferred) {

    static ReferralProgrammeKpis of(int customers, int referredCustomers, int convertedReferred, int referrers,
            int referrals, Double meanValueReferred, Double meanValueNotReferred) {
        double invitesPerReferrer = ratio(referrals, referrers);
        double conversion = ratio(convertedReferred, referredCustomers);
        return new ReferralProgrammeKpis(customers, referredCustomers, ratio(referredCustomers, customers),
                referrers, referrals, invitesPerReferrer, conversion, invitesPerReferrer * conversion,
                meanValueReferred, meanValueNotReferred);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
