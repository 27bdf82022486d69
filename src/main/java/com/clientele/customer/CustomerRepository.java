package com.clientele.customer;

import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceFilter;
import com.clientele.place.PlaceTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads customers from the graph. */
public final class CustomerRepository {

    private final Graph graph;
    private final Clock clock;
    private final PlaceFilter places;

    /** A repository whose region and city conditions resolve through the shipped place table. */
    public CustomerRepository(Graph graph, Clock clock) {
        this(graph, clock, PlaceTable.shipped());
    }

    public CustomerRepository(Graph graph, Clock clock, PlaceTable places) {
        this.graph = graph;
        this.clock = clock;
        this.places = new PlaceFilter(places);
    }

    /** The customers with these ids, by id; unknown ids are absent from the map. */
    public Map<String, Customer> byIds(List<String> ids) {
        return graph.read("customer/by-ids", Map.of("ids", ids), row -> Customer.from(row.get("customer")))
                .stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    }

    /** One page of the customers matching {@code filter}, ordered by {@code sort}. */
    public Page<Customer> page(CustomerFilter filter, CustomerSort sort, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(places.apply(filter.toParameters(currentYear())));
        parameters.put("sortField", sort.field());
        parameters.put("descending", sort.descending());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return graph.read("customer/page", parameters, row -> new Page<>(
                row.get("customers").asList(Customer::from), row.get("total").asInt())).get(0);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }
}
