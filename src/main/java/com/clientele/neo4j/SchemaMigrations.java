package com.clientele.neo4j;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the constraints and indexes the model needs: every statement under {@code cypher/schema/}, in name
 * order. Each one is written {@code IF NOT EXISTS}, so running them on every start changes nothing the second time.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    public static void apply(Graph graph) {
        List<String> names = graph.cypher().namesUnder("schema").toList();
        for (String name : names) {
            graph.write(name, Map.of());
        }
        graph.write("schema-support/await-indexes", Map.of());
        LOG.info("Schema up to date: {} constraint and index statements", names.size());
    }
}
