package com.clientele.clv;

import com.clientele.ingest.ClienteleImporter;
import com.clientele.ingest.CsvFolder;
import com.clientele.ingest.SeedData;
import com.clientele.neo4j.Graph;
import com.clientele.support.TestNeo4j;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The shared test graph holding the committed seed data with one CLV refit as of its analysis date. */
final class SeedClvGraph {

    static final String DATASET = "seed-data+clv";
    static final LocalDate ANALYSIS_DATE = LocalDate.of(2026, 1, 1);

    private SeedClvGraph() {
    }

    static Graph load() {
        return TestNeo4j.get().withDataset(DATASET, () -> {
            Graph graph = TestNeo4j.get().graph();
            new ClienteleImporter(graph).importFolder(CsvFolder.classpath(SeedData.DATASET), SeedData.DATASET);
            new ClvRefresh(graph, ClvConfig.defaults(), Clock.systemUTC()).refresh(Optional.of(ANALYSIS_DATE));
        });
    }
}
