package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.referral.ReferralRules;
import java.util.List;
import java.util.Map;

/**
 * referrals.csv: referrer_id,referred_id,referred_at. Both customers must be known; see {@link ReferralCheck}
 * for the rules (no self-referral, referred at most once, no cycle). Replaying a referral changes nothing.
 */
final class ReferralsTable implements ClienteleTable {

    @Override
    public String file() {
        return "referrals.csv";
    }

    @Override
    public ParsedRow read(Cells cells) {
        RowReader reader = new RowReader(cells);
        String referrerId = reader.id("referrer_id");
        String referredId = reader.id("referred_id");
        if (referrerId != null && referredId != null) {
            ReferralRules.selfReferral(referrerId, referredId).ifPresent(selfReferral -> reader.problem(
                    new RowProblem("referred_id", ProblemCode.SELF_REFERRAL, selfReferral.message())));
        }
        return reader.row(RowValues.of("referrerId", referrerId, "referredId", referredId,
                "at", reader.read(() -> cells.date("referred_at"))));
    }

    @Override
    public RowCheck checks(Graph graph, List<Map<String, Object>> rows) {
        return ReferralCheck.prepare(graph, rows);
    }

    @Override
    public List<String> statements() {
        return List.of("ingest/merge-referrals");
    }

    @Override
    public Map<String, Object> parameters(List<Map<String, Object>> rows) {
        return Map.of("referrals", rows);
    }
}
