package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.ingest.OnlineRetailImporter;
import com.clientele.neo4j.Graph;
import com.clientele.support.SharedDatasets;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@UsesDataset("online-retail")
class OnlineRetailRfmTest {

    @Test
    void rfmScoresAndSegmentsOnOnlineRetailAgreeWithAnIndependentComputationFromTheRawCsv() throws Exception {
        Path csv = SharedDatasets.require("online-retail/online_retail.csv");
        TestNeo4j neo4j = TestNeo4j.get();
        Graph graph = neo4j.withDataset("online-retail",
                () -> new OnlineRetailImporter(neo4j.graph()).importFile(csv, "online-retail"));
        RefreshSummary refresh = new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.empty());
        assertEquals(LocalDate.of(2011, 12, 10), refresh.asOf(), "the day after the last invoice");

        Map<String, OnlineRetailRfmReference.Scores> expected = OnlineRetailRfmReference.compute(csv);
        Map<String, OnlineRetailRfmReference.Scores> actual = graph.read("test-support/rfm-of-buyers", Map.of(),
                row -> Map.entry(row.get("id").asString(), new OnlineRetailRfmReference.Scores(row.get("r").asInt(),
                        row.get("f").asInt(), row.get("m").asInt(), row.get("segment").asString())))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertEquals(4_339, expected.size());
        List<String> disagreements = expected.keySet().stream().filter(id -> !expected.get(id).equals(actual.get(id)))
                .sorted().limit(10).map(id -> id + " expected " + expected.get(id) + " was " + actual.get(id)).toList();
        assertEquals(List.of(), disagreements);
        assertEquals(expected.size(), actual.size());
    }
}
