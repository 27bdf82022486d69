package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.neo4j.Graph;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import org.junit.jupiter.api.Test;

@UsesDataset(SeedGraph.DATASET)
class SeedDataReimportTest {

    @Test
    void importingTheSeedDataAgainChangesNothing() {
        Graph graph = SeedGraph.load();
        GraphFingerprint before = GraphFingerprint.of(graph);
        assertEquals(2_000L, before.labels().get("Customer"));
        assertEquals(51_813L, before.relationships().get("CONTAINS"));

        ImportReport again = new ClienteleImporter(graph).importFolder(CsvFolder.classpath(SeedData.DATASET),
                SeedData.DATASET);

        assertEquals(0, again.badRowCount());
        assertEquals(before, GraphFingerprint.of(graph));
    }
}
