package com.clientele.referral;

import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The referral rules, shared by the importer and the API: both customers must exist, nobody refers themselves, a
 * customer is referred at most once, and referrals never form a cycle. Since a customer is referred at most once,
 * referrals form a forest and each customer's upline is a single chain: one query ({@code referral/uplines})
 * fetches the chains of every customer involved, and accepted referrals are added to them as they are checked, so
 * a batch is checked in order. Replaying a stored referral (same referrer, same referred) is allowed.
 */
public final class ReferralRules {

    private final Map<String, String> referrerOf;

    private ReferralRules(Map<String, String> referrerOf) {
        this.referrerOf = referrerOf;
    }

    /** Loads the uplines of these customer ids (referrers and referred alike). */
    public static ReferralRules prepare(Graph graph, Collection<String> customerIds) {
        Set<String> ids = new LinkedHashSet<>(customerIds);
        Map<String, String> referrerOf = new HashMap<>();
        graph.read("referral/uplines", Map.of("ids", new ArrayList<>(ids)), record -> referrerOf.put(
                record.get("id").asString(), record.get("referrerId").isNull() ? null
                        : record.get("referrerId").asString()));
        return new ReferralRules(referrerOf);
    }

    /** The self-referral rule alone, which needs no graph. */
    public static Optional<ReferralProblem> selfReferral(String referrerId, String referredId) {
        return referrerId.equals(referredId) ? Optional.of(ReferralProblem.selfReferral(referrerId))
                : Optional.empty();
    }

    /** Why {@code referrer -> referred} must not be stored, or empty when it may (or is stored already). */
    public Optional<ReferralProblem> problem(String referrerId, String referredId) {
        Optional<ReferralProblem> self = selfReferral(referrerId, referredId);
        if (self.isPresent()) {
            return self;
        }
        for (String id : List.of(referrerId, referredId)) {
            if (!referrerOf.containsKey(id)) {
                return Optional.of(ReferralProblem.unknownCustomer(id));
            }
        }
        String earlierReferrer = referrerOf.get(referredId);
        if (referrerId.equals(earlierReferrer)) {
            return Optional.empty();
        }
        if (earlierReferrer != null) {
            return Optional.of(ReferralProblem.alreadyReferred(referredId, earlierReferrer));
        }
        if (upline(referrerId).contains(referredId)) {
            return Optional.of(ReferralProblem.cycle(referrerId, referredId));
        }
        return Optional.empty();
    }

    /** True when exactly this referral is stored already. */
    public boolean isStored(String referrerId, String referredId) {
        return referrerId.equals(referrerOf.get(referredId));
    }

    /** Records that the referral passed the rules and will be written, so later checks see it. */
    public void accepted(String referrerId, String referredId) {
        referrerOf.put(referredId, referrerId);
    }

    /** The customer and everyone above them, nearest first. */
    public List<String> upline(String customerId) {
        Set<String> chain = new LinkedHashSet<>();
        for (String id = customerId; id != null && chain.add(id); id = referrerOf.get(id)) {
            // walks up the chain; the set also stops a cycle already stored in the graph
        }
        return new ArrayList<>(chain);
    }
}
