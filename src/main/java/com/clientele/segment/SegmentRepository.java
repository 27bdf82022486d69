package com.clientele.segment;

import com.clientele.customer.Customer;
import com.clientele.customer.CustomerConditions;
import com.clientele.customer.CustomerLists;
import com.clientele.graphql.Connection;
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

    private static final Map<SegmentDimension, String> CLASS_SIZES = Map.of(
            SegmentDimension.VALUE_TIER, "segment/class-size/value-tier",
            SegmentDimension.RFM_SEGMENT, "segment/class-size/rfm-segment",
            SegmentDimension.LIFECYCLE, "segment/class-size/lifecycle",
            SegmentDimension.BEHAVIOUR, "segment/class-size/behaviour",
            SegmentDimension.BREADTH, "segment/class-size/breadth",
            SegmentDimension.CHANNEL, "segment/class-size/channel-class",
            SegmentDimension.CHURN_RISK, "segment/class-size/churn-risk",
            SegmentDimension.INFLUENCE, "segment/class-size/influence-class");

    private final Graph graph;
    private final PlaceFilter places;
    private final CustomerLists lists;

    /** A repository whose region and city conditions resolve through the shipped place table. */
    public SegmentRepository(Graph graph) {
        this(graph, PlaceTable.shipped());
    }

    public SegmentRepository(Graph graph, PlaceTable places) {
        this.graph = graph;
        this.places = new PlaceFilter(places);
        this.lists = new CustomerLists(graph);
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

    /** One page of a class's customers, in the sort key's index order; the total from the class index. */
    public Connection<Customer> members(SegmentDimension dimension, String className, MemberOrder order,
                                        PageRequest page) {
        CustomerConditions inClass = CustomerConditions.none().anyOf(List.of(className), DimensionProperties.of(dimension));
        return lists.page(inClass, order.key(), order.descending(), page, () -> graph.read(CLASS_SIZES.get(dimension),
                Map.of("className", className), row -> row.get("total").asInt()).get(0));
    }

    /** The KPIs of the customers matching {@code filter}. */
    public SegmentKpis customKpis(SegmentFilter filter, int currentYear) {
        return graph.read("segment/custom-kpis", filter.toConditions(currentYear, places).parameters(),
                kpis -> SegmentKpis.of(kpis, kpis.get("allCustomers").asLong(), kpis.get("allRevenue").asDouble()))
                .get(0);
    }

    /** One page of the customers matching {@code filter}; the total counted when selected. */
    public Connection<Customer> customMembers(SegmentFilter filter, int currentYear, MemberOrder order,
                                              PageRequest page) {
        return lists.page(filter.toConditions(currentYear, places), order.key(), order.descending(), page);
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
}
