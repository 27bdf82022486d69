package com.clientele.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * recordReferral through the production API on a chain a -> b -> c plus an unreferred d: refused referrals come
 * back as user errors with the importer's reasons and write nothing; a replay is a no-op success; a new referral
 * refreshes the metrics of the whole upline.
 */
@UsesDataset("referral-chain")
class RecordReferralTest {

    private static final String MUTATION = "mutation($in: RecordReferralInput!) { recordReferral(input: $in) {"
            + " referral { referrer { id } referred { id } referredAt } userErrors { field message code } } }";
    private static final List<String> CHAIN = List.of("a->b@2025-01-01", "b->c@2025-02-01");

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @AfterEach
    void forgetTheChain() {
        TestNeo4j.get().forget();
    }

    private static Graph chain() {
        return TestNeo4j.get().withDataset("referral-chain", () -> {
            Graph graph = TestNeo4j.get().graph();
            graph.write("test-support/create-customers", Map.of("ids", List.of("a", "b", "c", "d")));
            new ReferralRecorder(graph, new InfluenceConfig.Cascade(0.5), java.time.Clock.systemUTC())
                    .record("a", "b", LocalDate.of(2025, 1, 1));
            new ReferralRecorder(graph, new InfluenceConfig.Cascade(0.5), java.time.Clock.systemUTC())
                    .record("b", "c", LocalDate.of(2025, 2, 1));
        });
    }

    @Test
    void aSelfReferralIsRefusedAndNothingIsWritten() {
        assertRefused("d", "d", "2025-03-01", "SELF_REFERRAL", "referredId",
                "self-referral: customer 'd' cannot refer themselves");
    }

    @Test
    void aReferralThatClosesACycleIsRefusedAndNothingIsWritten() {
        assertRefused("c", "a", "2025-03-01", "CYCLE", "referredId",
                "referral cycle: 'c' is already in the downline of 'a'");
    }

    @Test
    void aCustomerReferredTwiceIsRefusedAndNothingIsWritten() {
        assertRefused("d", "c", "2025-03-01", "ALREADY_REFERRED", "referredId",
                "customer 'c' was already referred by 'b'");
    }

    @Test
    void anUnknownReferrerIsRefusedAndNothingIsWritten() {
        assertRefused("x", "d", "2025-03-01", "UNKNOWN_CUSTOMER", "referrerId", "unknown customer id 'x'");
    }

    @Test
    void aReferralDatedInTheFutureIsRefusedAndNothingIsWritten() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertRefused("c", "d", tomorrow, "INVALID_DATE", "referredAt", "referredAt " + tomorrow
                + " is in the future");
    }

    @Test
    void replayingAStoredReferralChangesNothingAndKeepsItsDate() {
        JsonNode payload = record("a", "b", "2025-06-30");
        assertEquals("[]", payload.path("userErrors").toString());
        assertEquals("2025-01-01", payload.path("referral").path("referredAt").asText());
        assertEquals(CHAIN, stored());
    }

    @Test
    void aNewReferralRefreshesTheMetricsOfTheWholeUpline() {
        JsonNode payload = record("c", "d", "2025-03-01");
        assertEquals("[]", payload.path("userErrors").toString());
        assertEquals("d", payload.path("referral").path("referred").path("id").asText());
        JsonNode stats = api.graphql("{ customer(id: \"a\") { referralStats { directReferrals referralReach"
                + " cascadeDepth lastReferralDate } } }").path("data").path("customer").path("referralStats");
        assertEquals("{\"directReferrals\":1,\"referralReach\":3,\"cascadeDepth\":3,"
                + "\"lastReferralDate\":\"2025-01-01\"}", stats.toString());
    }

    private static void assertRefused(String referrer, String referred, String date, String code, String field,
            String message) {
        JsonNode payload = record(referrer, referred, date);
        assertEquals("null", payload.path("referral").toString());
        assertEquals(List.of(Map.of("field", List.of("input", field), "message", message, "code", code)),
                ApiServer.parse(payload.path("userErrors").toString()).findParents("code").stream()
                        .map(error -> Map.of("field", List.of(error.path("field").path(0).asText(),
                                error.path("field").path(1).asText()), "message", error.path("message").asText(),
                                "code", error.path("code").asText())).toList());
        assertEquals(CHAIN, stored());
    }

    private static JsonNode record(String referrer, String referred, String date) {
        chain();
        Map<String, Object> input = Map.of("referrerId", referrer, "referredId", referred, "referredAt", date);
        JsonNode response = api.graphql(MUTATION, Map.of("in", input));
        assertEquals("", response.path("errors").toString(), response.toString());
        return response.path("data").path("recordReferral");
    }

    private static List<String> stored() {
        return chain().read("test-support/referral-pairs", Map.of(), row -> row.get("referral").asString());
    }
}
