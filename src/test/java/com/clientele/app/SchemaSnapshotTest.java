package com.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.Graph;
import graphql.schema.idl.SchemaPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The printed schema (SDL) of the production wiring, with the default configuration, is the committed copy in
 * src/test/resources/schema-snapshot.graphqls: a restructuring that changes what clients see fails here. After an
 * intended change of the schema, rewrite the copy with {@code -Dschema.snapshot.update=true} and commit it on its own.
 */
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/schema-snapshot.graphqls");

    @Test
    void thePrintedSchemaOfTheProductionWiringIsTheCommittedSnapshot() throws IOException {
        Graph graph = new Graph(null, CypherCatalog.fromClasspath(), "neo4j", Duration.ofSeconds(1));
        String printed = new SchemaPrinter().print(ClienteleGraphQL.create(
                Features.over(graph, Clock.systemUTC(), AppConfig.fromEnvironment(Map.of()))).schema());
        if (Boolean.getBoolean("schema.snapshot.update")) {
            Files.writeString(SNAPSHOT, printed, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(SNAPSHOT, StandardCharsets.UTF_8), printed);
    }
}
