package com.clientele.ingest;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The referral rules for one batch. Since a customer is referred at most once, referrals form a forest and each
 * customer's upline is a single chain: one query fetches the chains of every customer in the batch, and the
 * batch's accepted referrals are added to them as rows are checked, in file order.
 */
final class ReferralCheck implements RowCheck {

    private final Map<String, String> referrerOf;

    private ReferralCheck(Map<String, String> referrerOf) {
        this.referrerOf = referrerOf;
    }

    static ReferralCheck prepare(Graph graph, List<Map<String, Object>> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(row -> {
            ids.add((String) row.get("referrerId"));
            ids.add((String) row.get("referredId"));
        });
        Map<String, String> referrerOf = new HashMap<>();
        graph.read("ingest/referral-uplines", Map.of("ids", new ArrayList<>(ids)), record -> referrerOf.put(
                record.get("id").asString(), record.get("referrerId").isNull() ? null
                        : record.get("referrerId").asString()));
        return new ReferralCheck(referrerOf);
    }

    @Override
    public Optional<RowProblem> problem(Map<String, Object> row) {
        String referrer = (String) row.get("referrerId");
        String referred = (String) row.get("referredId");
        for (String column : List.of("referrer_id", "referred_id")) {
            String id = (String) row.get(column.equals("referrer_id") ? "referrerId" : "referredId");
            if (!referrerOf.containsKey(id)) {
                return Optional.of(new RowProblem(column, ProblemCode.UNKNOWN_CUSTOMER,
                        "unknown customer id '" + id + "'"));
            }
        }
        String earlierReferrer = referrerOf.get(referred);
        if (referrer.equals(earlierReferrer)) {
            return Optional.empty();
        }
        if (earlierReferrer != null) {
            return Optional.of(new RowProblem("referred_id", ProblemCode.ALREADY_REFERRED,
                    "customer '" + referred + "' was already referred by '" + earlierReferrer + "'"));
        }
        if (upline(referrer).contains(referred)) {
            return Optional.of(new RowProblem("referrer_id", ProblemCode.CYCLE,
                    "referral cycle: '" + referrer + "' is already in the downline of '" + referred + "'"));
        }
        return Optional.empty();
    }

    private Set<String> upline(String customer) {
        Set<String> chain = new HashSet<>();
        for (String id = customer; id != null && chain.add(id); id = referrerOf.get(id)) {
            // walks up the chain; the set also stops a cycle already stored in the graph
        }
        return chain;
    }

    @Override
    public void accepted(Map<String, Object> row) {
        referrerOf.put((String) row.get("referredId"), (String) row.get("referrerId"));
    }
}
