package com.clientele.clv;

import com.clientele.customer.Customer;
import com.clientele.customer.CustomerConditions;
import com.clientele.customer.CustomerLists;
import com.clientele.customer.CustomerSortKey;
import com.clientele.graphql.Connection;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.segment.DimensionProperties;
import com.clientele.vocabulary.SegmentDimension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the stored CLV predictions for the API: per customer, a sorted and filtered page, totals per class. */
public final class ClvRepository {

    private final Graph graph;
    private final CustomerLists lists;

    public ClvRepository(Graph graph) {
        this.graph = graph;
        this.lists = new CustomerLists(graph);
    }

    /** The CLV of these customers, by id; unknown ids are absent. */
    public Map<String, CustomerClv> byIds(List<String> ids) {
        return graph.read("clv/customers-by-ids", Map.of("ids", ids),
                row -> Map.entry(row.get("id").asString(), CustomerClv.from(row.get("clv"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * One page of customers in these churn risk classes (all when null) worth at least {@code minValue}, by predicted
     * value or P(alive) in the index's order; customers without a prediction last.
     */
    public Connection<Customer> page(List<String> churnRisks, Double minValue, String sortField, boolean descending,
                                     PageRequest page) {
        CustomerConditions conditions = CustomerConditions.none().anyOf(churnRisks, "churnRisk")
                .between("predictedClv", minValue, null);
        CustomerSortKey key = "PROBABILITY_ALIVE".equals(sortField) ? CustomerSortKey.PROBABILITY_ALIVE
                : CustomerSortKey.CLV;
        return lists.page(conditions, key, descending, page);
    }

    /** Every class of the dimension in vocabulary order, with zeros for classes nobody is in. */
    public List<SegmentClv> bySegment(SegmentDimension dimension) {
        Map<String, SegmentClv> found = graph.read("clv/by-segment",
                Map.of("property", DimensionProperties.of(dimension)), row -> new SegmentClv(
                        row.get("className").asString(), row.get("customers").asInt(),
                        row.get("predictedCustomers").asInt(), row.get("total").asDouble(),
                        row.get("average").isNull() ? null : row.get("average").asDouble()))
                .stream().collect(Collectors.toMap(SegmentClv::className, Function.identity()));
        return dimension.classes().stream()
                .map(name -> found.getOrDefault(name, new SegmentClv(name, 0, 0, 0.0, null)))
                .toList();
    }

    public Optional<ClvModelRecord> latestModel() {
        return new ClvModelRepository(graph).latest();
    }
}
