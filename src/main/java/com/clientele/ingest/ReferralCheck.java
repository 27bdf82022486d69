package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import com.clientele.referral.ReferralErrorCode;
import com.clientele.referral.ReferralProblem;
import com.clientele.referral.ReferralRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The referral rules for one batch of referrals.csv rows, checked in file order by the shared
 * {@link ReferralRules} (the same rules the API's recordReferral applies).
 */
final class ReferralCheck implements RowCheck {

    private final ReferralRules rules;

    private ReferralCheck(ReferralRules rules) {
        this.rules = rules;
    }

    static ReferralCheck prepare(Graph graph, List<Map<String, Object>> rows) {
        List<String> ids = new ArrayList<>();
        rows.stream().filter(row -> referrer(row) != null && referred(row) != null).forEach(row -> {
            ids.add(referrer(row));
            ids.add(referred(row));
        });
        return new ReferralCheck(ReferralRules.prepare(graph, ids));
    }

    @Override
    public Optional<RowProblem> problem(Map<String, Object> row) {
        if (referrer(row) == null || referred(row) == null) {
            return Optional.empty();
        }
        return rules.problem(referrer(row), referred(row)).map(problem -> rowProblem(problem, referrer(row)));
    }

    /** The shared rule's verdict as an import/mutation problem: which column, which code, the same message. */
    private static RowProblem rowProblem(ReferralProblem problem, String referrerId) {
        boolean aboutReferrer = problem.code() == ReferralErrorCode.CYCLE
                || problem.code() == ReferralErrorCode.UNKNOWN_CUSTOMER && referrerId.equals(problem.customerId());
        return new RowProblem(aboutReferrer ? "referrer_id" : "referred_id",
                ProblemCode.valueOf(problem.code().name()), problem.message());
    }

    @Override
    public void accepted(Map<String, Object> row) {
        rules.accepted(referrer(row), referred(row));
    }

    private static String referrer(Map<String, Object> row) {
        return (String) row.get("referrerId");
    }

    private static String referred(Map<String, Object> row) {
        return (String) row.get("referredId");
    }
}
