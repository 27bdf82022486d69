package com.clientele.referral;

import com.clientele.graphql.UserError;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Values;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records one referral through the API under the importer's rules ({@link ReferralRules}): a refused referral
 * writes nothing and says why; replaying a stored one is a no-op success. After a new referral the metrics of
 * the referrer and everyone above them are refreshed at once; influence scores and classes follow at the next
 * referral refresh.
 */
public final class ReferralRecorder {

    private final Graph graph;
    private final ReferralMetricsWriter metrics;
    private final Clock clock;

    public ReferralRecorder(Graph graph, InfluenceConfig.Cascade cascade, Clock clock) {
        this.graph = graph;
        this.metrics = new ReferralMetricsWriter(graph, cascade);
        this.clock = clock;
    }

    public RecordReferralPayload record(String referrerId, String referredId, LocalDate referredAt) {
        if (referredAt.isAfter(LocalDate.now(clock))) {
            return refused("referredAt", new ReferralProblem(ReferralErrorCode.INVALID_DATE,
                    "referredAt " + referredAt + " is in the future", referredId));
        }
        ReferralRules rules = ReferralRules.prepare(graph, List.of(referrerId, referredId));
        Optional<ReferralProblem> problem = rules.problem(referrerId, referredId);
        if (problem.isPresent()) {
            return refused(fieldOf(problem.get(), referrerId), problem.get());
        }
        boolean replay = rules.isStored(referrerId, referredId);
        Optional<Referral> stored = write(referrerId, referredId, referredAt);
        if (stored.isEmpty()) {
            return refusedAfterConcurrentChange(referrerId, referredId);
        }
        if (!replay) {
            metrics.write(rules.upline(referrerId));
        }
        return RecordReferralPayload.stored(stored.get());
    }

    /** The referral as stored; empty when the write's guard found a rule broken since the check. */
    private Optional<Referral> write(String referrerId, String referredId, LocalDate referredAt) {
        Map<String, Object> parameters = Map.of("referrerId", referrerId, "referredId", referredId,
                "referredAt", referredAt);
        return graph.write("referral/record-referral", parameters, row -> row.get("referral")).stream().findFirst()
                .map(map -> new Referral(Values.string(map, "referrerId"), Values.string(map, "referredId"),
                        Values.date(map, "referredAt")));
    }

    /** The write's guard refused: a concurrent write broke a rule after the check, so check again to say which. */
    private RecordReferralPayload refusedAfterConcurrentChange(String referrerId, String referredId) {
        ReferralProblem problem = ReferralRules.prepare(graph, List.of(referrerId, referredId))
                .problem(referrerId, referredId)
                .orElse(new ReferralProblem(ReferralErrorCode.CONCURRENT_CHANGE, "the referrals of '" + referredId
                        + "' changed while this one was recorded; send it again", referredId));
        return refused(fieldOf(problem, referrerId), problem);
    }

    private static String fieldOf(ReferralProblem problem, String referrerId) {
        boolean unknownReferrer = problem.code() == ReferralErrorCode.UNKNOWN_CUSTOMER
                && problem.customerId().equals(referrerId);
        return unknownReferrer ? "referrerId" : "referredId";
    }

    private static RecordReferralPayload refused(String field, ReferralProblem problem) {
        return RecordReferralPayload.refused(new UserError(List.of("input", field), problem.message(),
                problem.code()));
    }
}
