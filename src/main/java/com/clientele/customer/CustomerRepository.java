package com.clientele.customer;

import com.clientele.graphql.Connection;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceFilter;
import com.clientele.place.PlaceTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads customers from the graph. */
public final class CustomerRepository {

    private final Graph graph;
    private final Clock clock;
    private final PlaceFilter places;
    private final CustomerLists lists;

    /** A repository whose region and city conditions resolve through the shipped place table. */
    public CustomerRepository(Graph graph, Clock clock) {
        this(graph, clock, PlaceTable.shipped());
    }

    public CustomerRepository(Graph graph, Clock clock, PlaceTable places) {
        this.graph = graph;
        this.clock = clock;
        this.places = new PlaceFilter(places);
        this.lists = new CustomerLists(graph);
    }

    /** The customers with these ids, by id; unknown ids are absent from the map. */
    public Map<String, Customer> byIds(List<String> ids) {
        return graph.read("customer/by-ids", Map.of("ids", ids), row -> Customer.from(row.get("customer")))
                .stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    }

    /** One page of the customers matching {@code filter}, ordered by {@code sort}; the total counted when selected. */
    public Connection<Customer> page(CustomerFilter filter, CustomerSort sort, PageRequest page) {
        return lists.page(filter.toConditions(currentYear(), places), CustomerSortKey.valueOf(sort.field()),
                sort.descending(), page);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
