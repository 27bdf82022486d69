package com.clientele.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@UsesDataset(SeedGraph.DATASET)
class DataLoaderQueryCountTest {

    private static final String QUERY = """
            query Page($n: Int) {
              customers(first: $n) {
                nodes {
                  id
                  referredBy { referrer { id name } }
                  orders(first: 5) {
                    totalCount
                    nodes { id customer { id } lines { quantity product { id category { id parent { id } } } } }
                  }
                }
              }
            }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass().checkingTheKeyOnEveryRequest();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    private static long statementsRun() {
        String metrics = api.get("/metrics", Map.of()).body();
        Matcher counter = Pattern.compile("(?m)^clientele_neo4j_statements_total\\S* ([0-9.E]+)$").matcher(metrics);
        assertTrue(counter.find(), "the statement counter is exported");
        return (long) Double.parseDouble(counter.group(1));
    }

    private static long statementsFor(int pageSize) {
        long before = statementsRun();
        JsonNode body = api.graphql(QUERY, Map.of("n", pageSize));
        assertEquals(pageSize, body.at("/data/customers/nodes").size(), body.toString());
        assertTrue(body.at("/data/customers/nodes/0/orders/nodes/0/lines/0/product/category/id").isTextual());
        return statementsRun() - before;
    }

    @Test
    void listingCustomersWithNestedOrdersLinesProductsAndReferrersRunsTheSameNumberOfStatementsForAnyPageSize() {
        long ten = statementsFor(10);
        long fifty = statementsFor(50);
        long hundred = statementsFor(100);
        System.out.printf("Cypher statements per request: %d (10 customers), %d (50), %d (100)%n", ten, fifty, hundred);
        assertEquals(ten, fifty);
        assertEquals(ten, hundred);
        assertTrue(ten <= 10, "one statement per level and loader, was " + ten);
    }
}
