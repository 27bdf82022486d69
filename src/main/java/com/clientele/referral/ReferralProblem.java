package com.clientele.referral;

/**
 * Why one referral must not be stored: a stable code, a message in plain words naming the customers, and the id
 * of the customer the problem is about (the unknown one, or the referred customer).
 */
public record ReferralProblem(ReferralErrorCode code, String message, String customerId) {

    static ReferralProblem selfReferral(String customerId) {
        return new ReferralProblem(ReferralErrorCode.SELF_REFERRAL,
                "self-referral: customer '" + customerId + "' cannot refer themselves", customerId);
    }

    static ReferralProblem unknownCustomer(String customerId) {
        return new ReferralProblem(ReferralErrorCode.UNKNOWN_CUSTOMER, "unknown customer id '" + customerId + "'",
                customerId);
    }

    static ReferralProblem alreadyReferred(String referredId, String earlierReferrerId) {
        return new ReferralProblem(ReferralErrorCode.ALREADY_REFERRED,
                "customer '" + referredId + "' was already referred by '" + earlierReferrerId + "'", referredId);
    }

    static ReferralProblem cycle(String referrerId, String referredId) {
        return new ReferralProblem(ReferralErrorCode.CYCLE,
                "referral cycle: '" + referrerId + "' is already in the downline of '" + referredId + "'", referredId);
    }
}
