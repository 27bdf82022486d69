package com.clientele.referral;

import com.clientele.graphql.UserErrorCode;
/** Why a referral is refused, the same at import and through the API; clients may switch on these. */
public enum ReferralErrorCode implements UserErrorCode {
    /** The referrer and the referred customer are the same customer. */
    SELF_REFERRAL,
    /** The referred customer was already referred by someone else. */
    ALREADY_REFERRED,
    /** The referred customer is already on the referrer's upline, so the referral would close a cycle. */
    CYCLE,
    /** One of the two customer ids is not in the graph. */
    UNKNOWN_CUSTOMER,
    /** The referral date is not a date the referral can have happened on. */
    INVALID_DATE,
    /** Another write changed the referral graph between the check and the write; sending it again decides. */
    CONCURRENT_CHANGE
}
