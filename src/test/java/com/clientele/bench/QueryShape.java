package com.clientele.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One query shape asked of both servers: each server's query text and variables, and how each server's {@code data}
 * becomes the common form the two answers are compared in (see {@link CanonicalJson}).
 */
record QueryShape(String name, String description, Side clientele, Side neo4jGraphql) {

    /** One server's way of asking the shape, and the reshaping of its answer into the common form. */
    record Side(String query, Map<String, Object> variables, UnaryOperator<JsonNode> toCommonForm) {
    }
}
