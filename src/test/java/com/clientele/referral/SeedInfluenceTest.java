package com.clientele.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The referral refresh on the committed seed data, read back through the production GraphQL API: the planted
 * super-referrers (seed-data/planted/super_referrers.csv) lead topReferrers by reach and by influence, and their
 * cascade trees have the planted depth and size.
 */
@UsesDataset(SeedGraph.DATASET)
class SeedInfluenceTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static List<PlantedSuperReferrer> planted;

    record PlantedSuperReferrer(String id, int depth, int size) {
    }

    @BeforeAll
    static void refreshTheSeedGraph() throws IOException {
        SeedGraph.load();
        planted = Files.readAllLines(Path.of("seed-data/planted/super_referrers.csv")).stream().skip(1)
                .map(line -> line.split(","))
                .map(cells -> new PlantedSuperReferrer(cells[0], Integer.parseInt(cells[1]),
                        Integer.parseInt(cells[2])))
                .toList();
    }

    @Test
    void thePlantedSuperReferrersLeadTopReferrersByReach() {
        assertEquals(plantedIdsBySize(), topFour("REACH"));
    }

    @Test
    void thePlantedSuperReferrersLeadTopReferrersByInfluence() {
        List<String> top = topFour("INFLUENCE");
        assertEquals(plantedIdsBySize().stream().sorted().toList(), top.stream().sorted().toList(), top.toString());
    }

    @Test
    void eachSuperReferrersCascadeTreeHasThePlantedDepthAndSize() {
        for (PlantedSuperReferrer referrer : planted) {
            JsonNode customer = api.graphql("query($id: ID!) { customer(id: $id) { referralStats { referralReach"
                    + " cascadeDepth } referralCascade(maxDepth: 10) { depth " + nestedChildren(8) + " } } }",
                    Map.of("id", referrer.id())).path("data").path("customer");
            JsonNode tree = customer.path("referralCascade");
            assertEquals(referrer.size(), size(tree) - 1, "cascade size of " + referrer.id());
            assertEquals(referrer.depth(), depth(tree), "cascade depth of " + referrer.id());
            assertEquals(referrer.size(), customer.path("referralStats").path("referralReach").asInt());
            assertEquals(referrer.depth(), customer.path("referralStats").path("cascadeDepth").asInt());
        }
    }

    @Test
    void aCascadeDeeperThanTenLevelsIsRefusedWithAClearError() {
        JsonNode response = api.graphql("{ customer(id: \"" + planted.get(0).id()
                + "\") { referralCascade(maxDepth: 11) { depth } } }");
        assertEquals("maxDepth must be between 0 and 10, was 11", response.path("errors").path(0).path("message")
                .asText());
        assertEquals("BAD_USER_INPUT", response.path("errors").path(0).path("extensions").path("code").asText());
    }

    @Test
    void theProgrammeFiguresMatchTheReferralsFile() throws IOException {
        List<String[]> referrals = Files.readAllLines(Path.of("seed-data/referrals.csv")).stream().skip(1)
                .map(line -> line.split(",")).toList();
        long referrers = referrals.stream().map(cells -> cells[0]).distinct().count();
        JsonNode kpis = api.graphql("{ referralProgramme { customers referredCustomers shareAcquiredByReferral"
                + " referrers referrals invitesPerReferrer referralConversionRate kFactor } }")
                .path("data").path("referralProgramme");
        assertEquals(2000, kpis.path("customers").asInt());
        assertEquals(referrals.size(), kpis.path("referredCustomers").asInt());
        assertEquals(referrals.size(), kpis.path("referrals").asInt());
        assertEquals(referrers, kpis.path("referrers").asLong());
        assertEquals(referrals.size() / 2000.0, kpis.path("shareAcquiredByReferral").asDouble(), 1e-12);
        assertEquals((double) referrals.size() / referrers, kpis.path("invitesPerReferrer").asDouble(), 1e-12);
        assertEquals(kpis.path("invitesPerReferrer").asDouble() * kpis.path("referralConversionRate").asDouble(),
                kpis.path("kFactor").asDouble(), 1e-12);
    }

    @Test
    void everyCustomerHasAnInfluenceClassAndTheClassesMatchTheStrategyDimension() {
        JsonNode nodes = api.graphql("{ topReferrers(first: 100, orderBy: CONVERTED) { totalCount nodes {"
                + " influence { class strategy { dimension className } } } } }").path("data").path("topReferrers");
        assertTrue(nodes.path("totalCount").asInt() > 100);
        for (JsonNode node : nodes.path("nodes")) {
            String influenceClass = node.path("influence").path("class").asText();
            assertTrue(com.clientele.vocabulary.SegmentDimension.INFLUENCE.hasClass(influenceClass), influenceClass);
            JsonNode strategy = node.path("influence").path("strategy");
            assertEquals("INFLUENCE/" + influenceClass, strategy.path("dimension").asText() + "/"
                    + strategy.path("className").asText());
        }
    }

    @Test
    void filteringByInfluenceClassKeepsOnlyThatClassAndAnUnknownValueTierIsAClearError() {
        JsonNode champions = api.graphql("{ topReferrers(first: 100, orderBy: REACH, filter: {influenceClasses:"
                + " [CHAMPION]}) { totalCount nodes { influence { class } } } }").path("data").path("topReferrers");
        assertTrue(champions.path("totalCount").asInt() > 0, champions.toString());
        champions.path("nodes").forEach(node -> assertEquals("CHAMPION", node.path("influence").path("class")
                .asText()));
        JsonNode refused = api.graphql("{ topReferrers(filter: {valueTiers: [\"TOP\"]}) { totalCount } }");
        assertEquals("filter.valueTiers: 'TOP' is not one of [HIGH, MID, LOW]", refused.path("errors").path(0)
                .path("message").asText());
    }

    private List<String> plantedIdsBySize() {
        return planted.stream().sorted((left, right) -> Integer.compare(right.size(), left.size()))
                .map(PlantedSuperReferrer::id).toList();
    }

    private List<String> topFour(String order) {
        JsonNode nodes = api.graphql("{ topReferrers(first: 4, orderBy: " + order + ") { nodes { id } } }")
                .path("data").path("topReferrers").path("nodes");
        List<String> ids = new ArrayList<>();
        nodes.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }

    private static String nestedChildren(int levels) {
        return levels == 0 ? "children { depth }" : "children { depth " + nestedChildren(levels - 1) + " }";
    }

    private static int size(JsonNode node) {
        int size = 1;
        for (JsonNode child : node.path("children")) {
            size += size(child);
        }
        return size;
    }

    private static int depth(JsonNode node) {
        int deepest = node.path("depth").asInt();
        for (JsonNode child : node.path("children")) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest;
    }
}
