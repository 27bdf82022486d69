package com.clientele.referral;

import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.neo4j.Values;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/** Reads who referred whom, always for many customers at once. */
public final class ReferralRepository {

    private final Graph graph;

    public ReferralRepository(Graph graph) {
        this.graph = graph;
    }

    /** The referral that brought each given customer, by referred customer id; absent when not referred. */
    public Map<String, Referral> referralsOf(List<String> referredIds) {
        return graph.read("referral/referred-by", Map.of("ids", referredIds), row -> toReferral(row.get("referral")))
                .stream().collect(Collectors.toMap(Referral::referredId, Function.identity()));
    }

    /** The same page of each given referrer's referrals, oldest first, by referrer id. */
    public Map<String, Page<Referral>> pagesByReferrer(List<String> referrerIds, PageRequest page) {
        Map<String, Object> parameters = Map.of("ids", referrerIds, "offset", page.offset(), "limit", page.limit());
        return graph.read("referral/pages-by-referrer", parameters, row -> Map.entry(row.get("referrerId").asString(),
                        new Page<>(row.get("referrals").asList(ReferralRepository::toReferral), row.get("total").asInt())))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Referral toReferral(Value map) {
        return new Referral(Values.string(map, "referrerId"), Values.string(map, "referredId"),
                Values.date(map, "referredAt"));
    }
}
