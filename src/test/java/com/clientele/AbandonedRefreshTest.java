package com.clientele;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.AppConfig;
import com.clientele.app.StartupData;
import com.clientele.neo4j.Graph;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A refresh whose process was killed never finishes; the next start-up marks it ABANDONED, with when, and the API's
 * refresh list shows it so (instead of "running" forever). Finished refreshes are left alone.
 */
class AbandonedRefreshTest {

    private static final String REFRESHES = "{ refreshes(first: 5) { seq status finishedAt abandonedAt } }";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    @Test
    void theNextStartMarksAnUnfinishedRefreshAsAbandoned() {
        Graph graph = TestNeo4j.get().empty();
        long finished = new SegmentRefresh(graph, SegmentationConfig.defaults()).full(Optional.empty()).seq();
        long killed = graph.write("test-support/unfinished-refresh", Map.of(), row -> row.get("seq").asLong()).get(0);
        JsonNode before = api.graphql(REFRESHES).at("/data/refreshes/0");
        assertEquals(ApiServer.parse("{\"seq\":" + killed + ",\"status\":\"RUNNING\",\"finishedAt\":null,"
                + "\"abandonedAt\":null}"), before);
        StartupData.prepare(graph, AppConfig.fromEnvironment(Map.of("SEED_DATA", "false")));
        JsonNode after = api.graphql(REFRESHES).at("/data/refreshes/0");
        assertEquals(killed, after.get("seq").asLong(), after.toString());
        assertEquals("ABANDONED", after.get("status").asText(), after.toString());
        assertTrue(after.get("finishedAt").isNull(), after.toString());
        assertFalse(after.get("abandonedAt").isNull(), after.toString());
        StartupData.prepare(graph, AppConfig.fromEnvironment(Map.of("SEED_DATA", "false")));
        assertEquals(after, api.graphql(REFRESHES).at("/data/refreshes/0"), "a second start changed the mark");
        JsonNode untouched = api.graphql(REFRESHES).at("/data/refreshes/1");
        assertEquals(finished, untouched.get("seq").asLong(), untouched.toString());
        assertEquals("FINISHED", untouched.get("status").asText(), untouched.toString());
        assertTrue(untouched.get("abandonedAt").isNull(), untouched.toString());
    }
}
