package com.clientele.referral;

import com.clientele.customer.Customer;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceFilter;
import com.clientele.place.PlaceTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/** Reads what the referral refresh stored: metrics and influence per customer, top referrers, cascades, KPIs. */
public final class ReferralInsightsRepository {

    private final Graph graph;
    private final PlaceFilter places;

    /** A repository whose region conditions resolve through the shipped place table. */
    public ReferralInsightsRepository(Graph graph) {
        this(graph, PlaceTable.shipped());
    }

    public ReferralInsightsRepository(Graph graph, PlaceTable places) {
        this.graph = graph;
        this.places = new PlaceFilter(places);
    }

    /** The stored referral facts of each given customer, by id; unknown ids are absent. */
    public Map<String, StoredReferralFacts> factsOf(List<String> customerIds) {
        return graph.read("referral/stats-by-ids", Map.of("ids", customerIds), row -> Map.entry(row.get("id").asString(),
                        new StoredReferralFacts(ReferralStats.from(row.get("stats")), Influence.from(row.get("stats")))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The requested page of referrers plus, when more follow, one more customer (so size > limit tells). */
    public List<Customer> topReferrers(ReferrerOrder order, ReferrerFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(places.apply(filter.toParameters()));
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return graph.read(order.statement(), parameters, row -> Customer.from(row.get("customer")));
    }

    /** How many referrers match the filter. */
    public int countReferrers(ReferrerFilter filter) {
        return graph.readOne("referral/count-referrers", places.apply(filter.toParameters()),
                count -> count.get("total").asInt())
                .orElse(0);
    }

    /** The referrals below one customer, nearest levels first, at most {@code limit} of them. */
    public List<CascadeRow> cascade(String rootId, int maxDepth, int limit) {
        return graph.read("referral/cascade", Map.of("id", rootId, "maxDepth", maxDepth, "limit", limit),
                row -> new CascadeRow(row.get("referrerId").asString(), row.get("referredId").asString(),
                        row.get("referredAt").isNull() ? null : row.get("referredAt").asLocalDate(), row.get("depth").asInt()));
    }

    /** The programme's figures over all customers. */
    public ReferralProgrammeKpis programme() {
        return graph.readOne("referral/programme-kpis", Map.of(), row -> ReferralProgrammeKpis.of(
                row.get("customers").asInt(), row.get("referredCustomers").asInt(), row.get("convertedReferred").asInt(),
                row.get("referrers").asInt(), row.get("referrals").asInt(), optionalNumber(row.get("meanSpendReferred")),
                optionalNumber(row.get("meanSpendNotReferred")))).orElseThrow();
    }

    private static Double optionalNumber(Value value) {
        return value.isNull() ? null : value.asDouble();
    }

    /** One referral of a cascade: who it hangs from, who was referred, when, and how deep below the root. */
    public record CascadeRow(String referrerId, String referredId, java.time.LocalDate referredAt, int depth) {
    }
}
