package com.clientele.bench;

import static com.clientele.bench.CanonicalJson.each;
import static com.clientele.bench.CanonicalJson.first;
import static com.clientele.bench.CanonicalJson.with;

import com.clientele.bench.QueryShape.Side;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The four shapes of issue 14 goal 3, each as Clientele's API asks it and as @neo4j/graphql 7 asks it over the same
 * graph (bench/neo4j-graphql/typeDefs.graphql), with the reshaping of both answers into one form.
 */
final class QueryShapes {

    private static final String LINES_CLIENTELE = "lines { line quantity unitPrice product { name price } }";
    private static final String LINES_NEO4J = "productsConnection(sort: [{edge: {line: ASC}}]) { edges { "
            + "properties { line quantity unitPrice } node { name price } } }";
    private static final String PROFILE = "id name email gender birthYear occupation incomeBand region city country "
            + "signupDate preferredChannel";
    private static final String NEWEST_FIRST = "sort: [{orderedAt: DESC}, {id: DESC}]";

    private QueryShapes() {
    }

    static List<QueryShape> all(String customerId, String productId, String region) {
        return List.of(customersWithOrders(), oneCustomer(customerId), oneProduct(productId), regionByName(region));
    }

    private static QueryShape customersWithOrders() {
        return new QueryShape("Q1", "20 customers, each with its 5 latest orders and their lines (product name, price)",
                new Side("{ customers(first: 20) { nodes { id name orders(first: 5) { nodes { id orderedAt total "
                        + LINES_CLIENTELE + " } } } } }", Map.of(),
                        data -> each(data.get("customers").get("nodes"), customer -> with(customer, "orders",
                                customer.get("orders").get("nodes")))),
                new Side("{ customers(limit: 20, sort: [{id: ASC}]) { id name orders(limit: 5, " + NEWEST_FIRST
                        + ") { id orderedAt total " + LINES_NEO4J + " } } }", Map.of(),
                        data -> each(data.get("customers"), customer -> with(customer, "orders",
                                each(customer.get("orders"), QueryShapes::orderWithLines)))));
    }

    private static QueryShape oneCustomer(String customerId) {
        return new QueryShape("Q2", "one customer by id with profile and 10 orders",
                new Side("query($id: ID!) { customer(id: $id) { " + PROFILE + " orders(first: 10) { nodes { id "
                        + "orderedAt channel discount total } } } }", Map.of("id", customerId),
                        data -> with(data.get("customer"), "orders", data.get("customer").get("orders").get("nodes"))),
                new Side("query($id: ID!) { customers(where: {id: {eq: $id}}) { " + PROFILE + " orders(limit: 10, "
                        + NEWEST_FIRST + ") { id orderedAt channel discount total } } }", Map.of("id", customerId),
                        data -> first(data.get("customers"))));
    }

    private static QueryShape oneProduct(String productId) {
        return new QueryShape("Q3", "one product with its category and the category's parent",
                new Side("query($id: ID!) { product(id: $id) { id name price category { id name parent { id name } } "
                        + "} }", Map.of("id", productId), data -> data.get("product")),
                new Side("query($id: ID!) { products(where: {id: {eq: $id}}) { id name price category { id name "
                        + "parent { id name } } } }", Map.of("id", productId), data -> {
                            JsonNode product = first(data.get("products"));
                            JsonNode category = first(product.get("category"));
                            return with(product, "category", with(category, "parent", first(category.get("parent"))));
                        }));
    }

    private static QueryShape regionByName(String region) {
        return new QueryShape("Q4", "customers of one region by name, first 50, with totalCount",
                new Side("query($region: String!) { customers(first: 50, filter: {regions: [$region]}, orderBy: "
                        + "{field: NAME}) { totalCount nodes { id name city } } }", Map.of("region", region),
                        data -> data.get("customers")),
                new Side("query($region: String!) { customersConnection(first: 50, where: {regionId: {eq: $region}}, "
                        + "sort: [{name: ASC}, {id: ASC}]) { totalCount edges { node { id name city } } } }",
                        Map.of("region", region), data -> CanonicalJson.connection(
                                data.get("customersConnection").get("totalCount"),
                                each(data.get("customersConnection").get("edges"), edge -> edge.get("node")))));
    }

    /** An @neo4j/graphql order with its CONTAINS edges as Clientele's lines. */
    private static JsonNode orderWithLines(JsonNode order) {
        JsonNode lines = each(order.get("productsConnection").get("edges"), edge -> with(edge.get("properties"),
                "product", edge.get("node")));
        return with(order, "lines", lines).without("productsConnection");
    }
}
