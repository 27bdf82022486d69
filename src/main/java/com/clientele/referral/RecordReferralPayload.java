package com.clientele.referral;

import com.clientele.graphql.UserError;
import java.util.List;

/** What recordReferral did: the referral as stored (also for a replay), or null and the reasons it was refused. */
public record RecordReferralPayload(Referral referral, List<UserError> userErrors) {

    public RecordReferralPayload {
        userErrors = List.copyOf(userErrors);
    }

    static RecordReferralPayload stored(Referral referral) {
        return new RecordReferralPayload(referral, List.of());
    }

    static RecordReferralPayload refused(UserError error) {
        return new RecordReferralPayload(null, List.of(error));
    }
}
