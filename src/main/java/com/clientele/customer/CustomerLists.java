package com.clientele.customer;

import com.clientele.graphql.Connection;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Pages of customers meeting {@link CustomerConditions}, in the order of a {@link CustomerSortKey}: every customer
 * list of the API (customers, segment members, custom segment members, customers by CLV) reads through here. A page
 * reads its own rows plus one from the sort key's index; customers without a value for the key follow, read only
 * once the ones with a value are exhausted. The total is counted only when asked for, from the cheapest count the
 * database answers: the count store when there is no condition, a region or city index when that is the only one.
 */
public final class CustomerLists {

    private static final Map<List<String>, String> INDEXED_COUNTS = Map.of(
            List.of("regionId", "region"), "customer/count-in-regions",
            List.of("cityId", "city"), "customer/count-in-cities");

    private final Graph graph;

    /** Fails when a statement of a sort key is missing, so a typo shows at start-up. */
    public CustomerLists(Graph graph) {
        this.graph = graph;
        Arrays.stream(CustomerSortKey.values()).forEach(key -> {
            graph.cypher().get(key.statement(false));
            graph.cypher().get(key.statement(true));
        });
    }

    /** The page, with a total counted from the conditions when selected. */
    public Connection<Customer> page(CustomerConditions conditions, CustomerSortKey key, boolean descending,
                                     PageRequest page) {
        return page(conditions, key, descending, page, () -> count(conditions));
    }

    /** The page, with a total from {@code counter} (a feature that knows a cheaper count) when selected. */
    public Connection<Customer> page(CustomerConditions conditions, CustomerSortKey key, boolean descending,
                                     PageRequest page, IntSupplier counter) {
        return Connection.fromRows(rows(conditions, key, descending, page), page, counter);
    }

    /** How many customers meet the conditions. */
    public int count(CustomerConditions conditions) {
        if (conditions.isEmpty()) {
            return total("customer/count-all", Map.of());
        }
        Optional<CustomerConditions.AnyOf> only = conditions.onlyAnyOf();
        if (only.isPresent() && INDEXED_COUNTS.containsKey(only.get().keys())) {
            return total(INDEXED_COUNTS.get(only.get().keys()), Map.of("values", only.get().values()));
        }
        return total("customer/count-matching", conditions.parameters());
    }

    private List<Customer> rows(CustomerConditions conditions, CustomerSortKey key, boolean descending,
                                PageRequest page) {
        Map<String, Object> parameters = conditions.parameters();
        parameters.put("property", key.property());
        parameters.put("descending", descending);
        if (conditions.hasIds()) {
            return read("customer/sorted/among-ids", parameters, page.offset(), page.limit() + 1);
        }
        List<Customer> keyed = read(key.statement(descending), parameters, page.offset(), page.limit() + 1);
        if (keyed.size() > page.limit() || !key.mayBeMissing()) {
            return keyed;
        }
        int keyedEnd = keyed.isEmpty() && page.offset() > 0
                ? total("customer/count-with-key", parameters) : page.offset() + keyed.size();
        List<Customer> rows = new ArrayList<>(keyed);
        rows.addAll(read(descending ? "customer/sorted/missing-key-desc" : "customer/sorted/missing-key-asc",
                parameters, Math.max(0, page.offset() - keyedEnd), page.limit() + 1 - keyed.size()));
        return rows;
    }

    private List<Customer> read(String statement, Map<String, Object> parameters, int offset, int limit) {
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        return graph.read(statement, parameters, row -> Customer.from(row.get("customer")));
    }

    private int total(String statement, Map<String, Object> parameters) {
        return graph.read(statement, parameters, row -> row.get("total").asInt()).get(0);
    }
}
