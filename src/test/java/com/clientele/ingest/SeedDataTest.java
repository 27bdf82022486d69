package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.neo4j.Graph;
import com.clientele.support.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private final TestNeo4j neo4j = TestNeo4j.get();

    @AfterEach
    void graphWasChanged() {
        neo4j.forget();
    }

    @Test
    void seedDataLoadsIntoAnEmptyGraphAndOnlyThen() {
        Graph graph = neo4j.empty();
        assertTrue(SeedData.loadOnFirstStart(graph));
        assertEquals(1L, GraphFingerprint.of(graph).labels().get("Dataset"));
        assertFalse(SeedData.loadOnFirstStart(graph));
    }

    @Test
    void aGraphHoldingAnotherImportIsLeftAlone() {
        Graph graph = neo4j.empty();
        new ClienteleImporter(graph).importFolder(CsvFolder.classpath("ingest/clientele"), "fixture");
        GraphFingerprint before = GraphFingerprint.of(graph);
        assertFalse(SeedData.loadOnFirstStart(graph));
        assertEquals(before, GraphFingerprint.of(graph));
    }
}
