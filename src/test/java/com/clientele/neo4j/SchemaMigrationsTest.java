package com.clientele.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    private final Graph graph = TestNeo4j.get().graph();

    private List<String> constraints() {
        return graph.read("schema-support/list-constraints", Map.of(), row -> row.get("name").asString());
    }

    @Test
    void migrationsCreateAUniquenessConstraintForEveryExternalId() {
        assertTrue(constraints().containsAll(List.of("customer_id", "product_id", "category_id", "order_id")),
                constraints().toString());
    }

    @Test
    void applyingMigrationsAgainChangesNothing() {
        List<String> before = constraints();
        SchemaMigrations.apply(graph);
        assertEquals(before, constraints());
    }

    @Test
    void everyCypherStatementStartsWithAnIntentLine() {
        CypherCatalog catalog = CypherCatalog.fromClasspath();
        catalog.namesUnder("schema").forEach(name -> assertTrue(catalog.get(name).startsWith("// intent")));
        assertTrue(catalog.size() > 5);
    }
}
