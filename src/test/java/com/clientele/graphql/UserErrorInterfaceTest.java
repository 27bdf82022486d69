package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13: every mutation's {@code userErrors} share one shape, the {@code UserError} interface, so a client can
 * read field and message of any mutation with one fragment and switch on the concrete type's own code.
 */
class UserErrorInterfaceTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static final String ERRORS = "userErrors { __typename ...Problem code }";

    @Test
    void refusedMutationsOfFiveFeaturesAnswerTheSameUserErrorShapeWithTheirOwnCodes() {
        JsonNode answer = api.graphql("fragment Problem on UserError { field message } mutation {"
                + " key: revokeApiKey(input: {id: \"no-such-key\"}) { " + ERRORS + " }"
                + " clv: refitClv(input: {calibrationEnd: \"2999-01-01\"}) { " + ERRORS + " }"
                + " segment: deleteSegment(input: {id: \"no-such-segment\"}) { " + ERRORS + " }"
                + " referral: recordReferral(input: {referrerId: \"C0001\", referredId: \"C0001\", referredAt: \"2024-01-01\"}) { " + ERRORS + " }"
                + " write: upsertCategory(input: {id: \"\", name: \"Tea\"}) { " + ERRORS + " }"
                + " }");
        String today = "today is \\d{4}-\\d{2}-\\d{2}";
        assertEquals(ApiServer.parse("""
                {"data":{
                 "key":{"userErrors":[{"__typename":"ApiKeyUserError","field":["input","id"],
                   "message":"unknown API key id 'no-such-key'","code":"INVALID_VALUE"}]},
                 "clv":{"userErrors":[{"__typename":"ClvUserError","field":["input","calibrationEnd"],
                   "message":"calibrationEnd 2999-01-01 is in the future (today is …)","code":"FUTURE_DATE"}]},
                 "segment":{"userErrors":[{"__typename":"SegmentUserError","field":["input","id"],
                   "message":"there is no saved segment with id 'no-such-segment'","code":"NOT_FOUND"}]},
                 "referral":{"userErrors":[{"__typename":"ReferralUserError","field":["input","referredId"],
                   "message":"self-referral: customer 'C0001' cannot refer themselves","code":"SELF_REFERRAL"}]},
                 "write":{"userErrors":[{"__typename":"WriteUserError","field":["input","id"],
                   "message":"missing required field id","code":"REQUIRED"}]}}}
                """), ApiServer.parse(answer.toString().replaceAll(today, "today is …")));
    }
}
