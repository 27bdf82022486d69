package com.clientele.segment;

import com.clientele.customer.Customer;
import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceFilter;
import com.clientele.place.PlaceTable;
import com.clientele.vocabulary.SegmentDimension;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;

/**
 * Reads segments from the classes and metrics a refresh stored on the customers: KPIs per class (one aggregation
 * per dimension), class members through the class indexes, custom segments, and stored classifications.
 */
public final class SegmentRepository {

    private static final Map<SegmentDimension, String> MEMBERS = Map.of(
            SegmentDimension.VALUE_TIER, "segment/members/value-tier",
            SegmentDimension.RFM_SEGMENT, "segment/members/rfm-segment",
            SegmentDimension.LIFECYCLE, "segment/members/lifecycle",
            SegmentDimension.BEHAVIOUR, "segment/members/behaviour",
            SegmentDimension.BREADTH, "segment/members/breadth",
            SegmentDimension.CHANNEL, "segment/members/channel-class",
            SegmentDimension.CHURN_RISK, "segment/members/churn-risk",
            SegmentDimension.INFLUENCE, "segment/members/influence-class");

    private final Graph graph;
    private final PlaceFilter places;

    /** A repository whose region and city conditions resolve through the shipped place table. */
    public SegmentRepository(Graph graph) {
        this(graph, PlaceTable.shipped());
    }

    public SegmentRepository(Graph graph, PlaceTable places) {
        this.graph = graph;
        this.places = new PlaceFilter(places);
    }

    /**
     * The KPIs of every class of the dimension that has customers, by class name. Customers without a class in the
     * dimension (not yet reached by the refresh that derives it) count in the shares' denominators only.
     */
    public Map<String, SegmentKpis> kpisByClass(SegmentDimension dimension) {
        String property = DimensionProperties.of(dimension);
        List<Record> rows = graph.read("segment/kpis-by-class", Map.of("property", property), row -> row);
        long allCustomers = rows.stream().mapToLong(row -> row.get("size").asLong()).sum();
        double allRevenue = rows.stream().mapToDouble(row -> row.get("revenue").asDouble()).sum();
        Map<String, SegmentKpis> kpis = new HashMap<>();
        rows.stream().filter(row -> !row.get("className").isNull()).forEach(row -> kpis.put(
                row.get("className").asString(), SegmentKpis.of(row, allCustomers, allRevenue)));
        return kpis;
    }

    /** One page of a class's customers. */
    public Page<Customer> members(SegmentDimension dimension, String className, MemberOrder order, PageRequest page) {
        Map<String, Object> parameters = pageParameters(order, page);
        parameters.put("className", className);
        return graph.read(MEMBERS.get(dimension), parameters, SegmentRepository::customerPage).get(0);
    }

    /** The KPIs of the customers matching {@code filter}. */
    public SegmentKpis customKpis(SegmentFilter filter, int currentYear) {
        return graph.read("segment/custom-kpis", places.apply(filter.toParameters(currentYear)),
                kpis -> SegmentKpis.of(kpis, kpis.get("allCustomers").asLong(), kpis.get("allRevenue").asDouble()))
                .get(0);
    }

    /** One page of the customers matching {@code filter}. */
    public Page<Customer> customMembers(SegmentFilter filter, int currentYear, MemberOrder order, PageRequest page) {
        Map<String, Object> parameters = pageParameters(order, page);
        parameters.putAll(places.apply(filter.toParameters(currentYear)));
        return graph.read("segment/custom-members", parameters, SegmentRepository::customerPage).get(0);
    }

    /** The stored classification of these customers, by id; customers not classified yet are absent. */
    public Map<String, ClassifiedCustomer> classifiedByIds(List<String> ids) {
        return graph.read("segment/classified-by-ids", Map.of("ids", ids),
                row -> ClassifiedCustomer.from(row.get("customer"))).stream()
                .collect(Collectors.toMap(ClassifiedCustomer::customerId, Function.identity()));
    }

    public Set<String> existingCategories(List<String> ids) {
        return new HashSet<>(graph.read("segment/existing-categories", Map.of("ids", ids), row -> row.get("id").asString()));
    }

    public Set<String> existingCustomers(List<String> ids) {
        return new HashSet<>(graph.read("segment/existing-customers", Map.of("ids", ids), row -> row.get("id").asString()));
    }

    private static Map<String, Object> pageParameters(MemberOrder order, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sortField", order.field());
        parameters.put("descending", order.descending());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return parameters;
    }

    private static Page<Customer> customerPage(Record row) {
        return new Page<>(row.get("customers").asList(Customer::from), row.get("total").asInt());
    }
}
